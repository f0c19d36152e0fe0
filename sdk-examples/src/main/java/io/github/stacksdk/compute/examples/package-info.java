/** Runnable examples, one task per class. */
@NullMarked
package io.github.stacksdk.compute.examples;

import org.jspecify.annotations.NullMarked;
