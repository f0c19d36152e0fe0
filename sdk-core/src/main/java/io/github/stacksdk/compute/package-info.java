/**
 * The OpenStack Compute (Nova) client. The {@code ComputeClient} arrives with the next release;
 * this module already fixes the coordinates and the package.
 */
@NullMarked
package io.github.stacksdk.compute;

import org.jspecify.annotations.NullMarked;
