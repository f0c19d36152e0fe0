package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous face of {@link QuotasClient}: the same calls, each returning at once. Get one
 * with {@code compute.async().quotas()}. Cancelling a returned future cancels its HTTP call.
 * Thread-safe.
 */
public final class QuotasAsyncClient {
  private final QuotaReads reads;
  private final Transport transport;

  QuotasAsyncClient(QuotaReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Returns the caller's project's limits and usage ({@code GET /limits}).
   *
   * @return completes with the limits
   */
  public CompletableFuture<Limits> limits() {
    return reads.limits(null).enqueue(transport);
  }

  /**
   * Returns another project's limits and usage ({@code GET /limits?tenant_id=}); see {@link
   * QuotasClient#limits(String)}.
   *
   * @param projectId the project's id
   * @return completes with the limits; fails with a {@code PermissionDeniedException} when the
   *     caller may not read other projects' limits
   */
  public CompletableFuture<Limits> limits(String projectId) {
    return reads.limits(Objects.requireNonNull(projectId, "projectId == null")).enqueue(transport);
  }

  /**
   * Returns a project's quotas ({@code GET /os-quota-sets/{project_id}}).
   *
   * @param projectId the project's id
   * @return completes with the quotas
   */
  public CompletableFuture<QuotaSet> get(String projectId) {
    return reads.get(projectId, null).enqueue(transport);
  }

  /**
   * Returns a user's quotas within a project ({@code GET /os-quota-sets/{project_id}?user_id=}).
   *
   * @param projectId the project's id
   * @param userId the user's id
   * @return completes with the quotas
   */
  public CompletableFuture<QuotaSet> get(String projectId, String userId) {
    return reads
        .get(projectId, Objects.requireNonNull(userId, "userId == null"))
        .enqueue(transport);
  }

  /**
   * Returns a project's quotas with their usage ({@code GET /os-quota-sets/{project_id}/detail});
   * see {@link QuotasClient#detail(String)}.
   *
   * @param projectId the project's id
   * @return completes with the quotas and their usage
   */
  public CompletableFuture<QuotaSetDetail> detail(String projectId) {
    return reads.detail(projectId, null).enqueue(transport);
  }

  /**
   * Returns a user's quotas within a project with their usage ({@code GET
   * /os-quota-sets/{project_id}/detail?user_id=}).
   *
   * @param projectId the project's id
   * @param userId the user's id
   * @return completes with the quotas and their usage
   */
  public CompletableFuture<QuotaSetDetail> detail(String projectId, String userId) {
    return reads
        .detail(projectId, Objects.requireNonNull(userId, "userId == null"))
        .enqueue(transport);
  }

  /**
   * Returns the cloud's default quotas ({@code GET /os-quota-sets/{project_id}/defaults}).
   *
   * @param projectId a project's id, which Nova echoes
   * @return completes with the default quotas
   */
  public CompletableFuture<QuotaSet> defaults(String projectId) {
    return reads.defaults(projectId).enqueue(transport);
  }
}
