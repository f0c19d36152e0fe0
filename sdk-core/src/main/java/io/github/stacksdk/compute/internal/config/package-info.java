/** Cloud settings from the {@code OS_*} environment and {@code clouds.yaml}, read only when asked. Not an API. */
@NullMarked
package io.github.stacksdk.compute.internal.config;

import org.jspecify.annotations.NullMarked;
