/**
 * Immutable models of Nova's instance actions: {@link
 * io.github.stacksdk.compute.model.action.InstanceAction} and its {@link
 * io.github.stacksdk.compute.model.action.InstanceActionEvent}s, for {@code GET
 * /servers/{server_id}/os-instance-actions} and {@code GET
 * /servers/{server_id}/os-instance-actions/{request_id}} at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.action;

import org.jspecify.annotations.NullMarked;
