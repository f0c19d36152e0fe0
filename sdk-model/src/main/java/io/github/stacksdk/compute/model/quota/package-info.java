/**
 * Limits and quotas of the OpenStack Compute (Nova) API: {@link
 * io.github.stacksdk.compute.model.quota.Limits} for {@code GET /limits}, {@link
 * io.github.stacksdk.compute.model.quota.QuotaSet} for {@code os-quota-sets} and {@link
 * io.github.stacksdk.compute.model.quota.QuotaSetDetail} for its {@code detail}, at every
 * microversion. A limit of -1 means unlimited.
 */
@NullMarked
package io.github.stacksdk.compute.model.quota;

import org.jspecify.annotations.NullMarked;
