/**
 * Immutable models of Nova's hypervisors (compute nodes), read by administrators: {@link
 * io.github.stacksdk.compute.model.hypervisor.Hypervisor} for {@code GET /os-hypervisors/detail}
 * and {@code GET /os-hypervisors/{hypervisor_id}}, {@link
 * io.github.stacksdk.compute.model.hypervisor.HypervisorSummary} for {@code GET /os-hypervisors},
 * and {@link io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics} for {@code GET
 * /os-hypervisors/statistics}, at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.hypervisor;

import org.jspecify.annotations.NullMarked;
