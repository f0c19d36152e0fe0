/**
 * The HTTP side of the client: endpoint URLs, request headers, call logging with redaction, and
 * error-body decoding.
 *
 * <p>Not API: this package may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.internal.http;

import org.jspecify.annotations.NullMarked;
