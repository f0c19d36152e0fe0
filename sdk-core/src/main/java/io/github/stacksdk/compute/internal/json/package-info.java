/**
 * The response envelopes of the compute API ({@code {"servers": […], "servers_links": […]}},
 * {@code {"server": …}} …), read as streams into the models, and the request bodies of the
 * server lifecycle ({@code RequestBodies}), written as streams from the request values.
 *
 * <p>Not API: this package may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.internal.json;

import org.jspecify.annotations.NullMarked;
