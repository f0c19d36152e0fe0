package io.github.stacksdk.compute.testing;

/**
 * Who asks: the token's project and user, and whether the token has the admin role. Nova's
 * default policy (Zed, with its deprecated rules still accepted) is decided from these alone: a
 * token without the admin role reads what belongs to its own project or user.
 */
final class Caller {
  final String project;
  final String user;
  final boolean admin;

  Caller(String project, String user, boolean admin) {
    this.project = project;
    this.user = user;
    this.admin = admin;
  }

  /** {@code PROJECT_READER_OR_ADMIN} (and the deprecated admin-or-owner) for a project's thing. */
  boolean canRead(String ownerProject) {
    return admin || project.equals(ownerProject);
  }

  /** Nova's {@code PolicyNotAuthorized}, a 403 naming the rule. */
  static NovaFault policy(String rule) {
    return NovaFault.forbidden("Policy doesn't allow " + rule + " to be performed.");
  }

  /** An admin-only rule ({@code context_is_admin}, deprecated {@code admin_api}). */
  void requireAdmin(String rule) {
    if (!admin) {
      throw policy(rule);
    }
  }

  /** A project-reader-or-admin rule with the given project as its target. */
  void requireReader(String rule, String ownerProject) {
    if (!canRead(ownerProject)) {
      throw policy(rule);
    }
  }
}
