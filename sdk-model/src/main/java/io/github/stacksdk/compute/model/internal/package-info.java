/**
 * How the models become JSON and back: one lenient, streaming reader and one writer per model,
 * the timestamp formats, and the shared {@code ObjectMapper} factory that the client reuses.
 *
 * <p>Not API: this package may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.model.internal;

import org.jspecify.annotations.NullMarked;
