/** Authentication with Keystone v3: how a {@code ComputeClient} gets, renews and uses its token. */
@NullMarked
package io.github.stacksdk.compute.auth;

import org.jspecify.annotations.NullMarked;
