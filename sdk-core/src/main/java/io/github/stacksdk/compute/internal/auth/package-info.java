/** Keystone v3 tokens and the service catalog, for the client's own use. Not an API. */
@NullMarked
package io.github.stacksdk.compute.internal.auth;

import org.jspecify.annotations.NullMarked;
