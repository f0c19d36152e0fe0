/**
 * Immutable models of a server's volume attachments: {@link
 * io.github.stacksdk.compute.model.volume.VolumeAttachment} for {@code GET
 * /servers/{server_id}/os-volume_attachments} and {@code GET
 * /servers/{server_id}/os-volume_attachments/{volume_id}} at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.volume;

import org.jspecify.annotations.NullMarked;
