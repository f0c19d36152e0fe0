package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import java.util.Objects;

/**
 * The limits and quotas of a project: how many servers, cores, megabytes of RAM, key pairs and
 * server groups it may have, and how many it uses. Get one with {@link ComputeClient#quotas()}; it
 * shares the client's settings, token, connections and listeners. Thread-safe.
 *
 * <pre>{@code
 * AbsoluteLimits limits = compute.quotas().limits().absolute();
 * int left = limits.maxTotalInstances().orElse(-1) - limits.totalInstancesUsed().orElse(0);
 * }</pre>
 *
 * <p>{@link #limits()} is what any caller may read of its own project: each quota and the usage of
 * servers, cores, RAM and server groups, in one answer. The quota sets ({@link #get}, {@link
 * #detail}, {@link #defaults}) are what an administrator sets per project and per user; a project's
 * members may read their own project's. A limit of -1 means unlimited. Which quotas a body holds
 * depends on the microversion: 2.36 removed the network ones and 2.57 those of injected files.
 */
public final class QuotasClient {
  private final QuotaReads reads;
  private final Transport transport;

  QuotasClient(QuotaReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Returns the caller's project's limits and usage ({@code GET /limits}). Nova's own {@code rate}
   * limits are always empty; legacy clouds may send some.
   *
   * @return the limits
   */
  public Limits limits() {
    return reads.limits(null).call(transport);
  }

  /**
   * Returns another project's limits and usage ({@code GET /limits?tenant_id=}), an
   * administrator's call by Nova's default policy.
   *
   * @param projectId the project's id
   * @return the limits
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller may not
   *     read other projects' limits
   */
  public Limits limits(String projectId) {
    return reads.limits(Objects.requireNonNull(projectId, "projectId == null")).call(transport);
  }

  /**
   * Returns a project's quotas ({@code GET /os-quota-sets/{project_id}}): its own where an
   * administrator set them, the cloud's defaults elsewhere.
   *
   * @param projectId the project's id
   * @return the quotas, with the project's id as {@link QuotaSet#id()}
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is
   *     neither a member of the project nor an administrator
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException when Nova asks Keystone
   *     and Keystone knows no such project
   */
  public QuotaSet get(String projectId) {
    return reads.get(projectId, null).call(transport);
  }

  /**
   * Returns a user's quotas within a project ({@code GET /os-quota-sets/{project_id}?user_id=}).
   *
   * @param projectId the project's id
   * @param userId the user's id
   * @return the quotas
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is
   *     neither a member of the project nor an administrator
   */
  public QuotaSet get(String projectId, String userId) {
    return reads.get(projectId, Objects.requireNonNull(userId, "userId == null")).call(transport);
  }

  /**
   * Returns a project's quotas with their usage ({@code GET /os-quota-sets/{project_id}/detail}).
   * Nova counts the usage of servers, cores, RAM and server groups; the others' {@code in_use}
   * (key pairs, server group members, metadata items) is always 0, and so is every {@code
   * reserved} since Nova counts usage instead of reserving it.
   *
   * @param projectId the project's id
   * @return the quotas and their usage
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is
   *     neither a member of the project nor an administrator
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException when Nova asks Keystone
   *     and Keystone knows no such project
   */
  public QuotaSetDetail detail(String projectId) {
    return reads.detail(projectId, null).call(transport);
  }

  /**
   * Returns a user's quotas within a project with their usage ({@code GET
   * /os-quota-sets/{project_id}/detail?user_id=}); see {@link #detail(String)}.
   *
   * @param projectId the project's id
   * @param userId the user's id
   * @return the quotas and their usage
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is
   *     neither a member of the project nor an administrator
   */
  public QuotaSetDetail detail(String projectId, String userId) {
    return reads
        .detail(projectId, Objects.requireNonNull(userId, "userId == null"))
        .call(transport);
  }

  /**
   * Returns the cloud's default quotas ({@code GET /os-quota-sets/{project_id}/defaults}), which
   * any caller may read: the same for every project, under the id asked for.
   *
   * @param projectId a project's id, which Nova echoes as {@link QuotaSet#id()}
   * @return the default quotas
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException when Nova asks Keystone
   *     and Keystone knows no such project
   */
  public QuotaSet defaults(String projectId) {
    return reads.defaults(projectId).call(transport);
  }
}
