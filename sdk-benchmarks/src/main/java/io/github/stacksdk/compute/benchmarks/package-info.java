/**
 * Benchmarks of the SDK's listings against hand-rolled OkHttp + Jackson clients, with the
 * loopback server, the server bodies and the measurements that {@code run.sh} runs. Not an API.
 */
@NullMarked
package io.github.stacksdk.compute.benchmarks;

import org.jspecify.annotations.NullMarked;
