/**
 * The response envelopes of the compute API ({@code {"servers": […], "servers_links": […]}},
 * {@code {"server": …}} …), read as streams into the models.
 *
 * <p>Not API: this package may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.internal.json;

import org.jspecify.annotations.NullMarked;
