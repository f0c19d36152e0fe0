package io.github.stacksdk.compute.testing;

/**
 * Where the fake's services run: the scheduler and conductor on the controller, and the builds on
 * the compute host. A single-node cloud (devstack, the project's loopback Nova) runs both on one.
 */
final class HostNames {
  /** The fake's default: a {@code controller} and one compute host, {@code compute-01}. */
  static final HostNames DEFAULT = new HostNames("controller", "compute-01");

  /** The host of the scheduler and the conductor. */
  final String controller;

  /** The compute host that the fake's scheduler picks for every build and unshelve. */
  final String compute;

  HostNames(String controller, String compute) {
    this.controller = controller;
    this.compute = compute;
  }
}
