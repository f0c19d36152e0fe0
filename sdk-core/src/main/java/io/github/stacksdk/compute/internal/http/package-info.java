/**
 * The HTTP plumbing of the client: decoding error responses into exceptions, and (later) the OkHttp
 * interceptors for authentication, microversions and logging.
 *
 * <p>Not API: may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.internal.http;

import org.jspecify.annotations.NullMarked;
