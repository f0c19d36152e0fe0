/**
 * Immutable models of a server's diagnostics, read by administrators: {@link
 * io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics} for {@code GET
 * /servers/{server_id}/diagnostics}, in the virt driver's own shape before microversion 2.48 and
 * in Nova's standard one from 2.48.
 */
@NullMarked
package io.github.stacksdk.compute.model.diagnostics;

import org.jspecify.annotations.NullMarked;
