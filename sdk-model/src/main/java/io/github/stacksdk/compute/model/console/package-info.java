/**
 * Immutable models of a server's consoles: {@link
 * io.github.stacksdk.compute.model.console.RemoteConsole}, the answer to {@code POST
 * /servers/{server_id}/remote-consoles} (from microversion 2.6) and to the older {@code
 * os-get*Console} actions.
 */
@NullMarked
package io.github.stacksdk.compute.model.console;

import org.jspecify.annotations.NullMarked;
