/**
 * The server group of the OpenStack Compute (Nova) API: {@link
 * io.github.stacksdk.compute.model.servergroup.ServerGroup}, the body of {@code GET
 * /os-server-groups} and {@code GET /os-server-groups/{id}} at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.servergroup;

import org.jspecify.annotations.NullMarked;
