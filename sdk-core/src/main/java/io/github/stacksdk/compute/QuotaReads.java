package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.LimitsJson;
import io.github.stacksdk.compute.model.internal.QuotaSetDetailJson;
import io.github.stacksdk.compute.model.internal.QuotaSetJson;
import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The limit and quota calls, each defined once for both faces of {@link QuotasClient}: what to ask
 * and how to read the answer.
 */
final class QuotaReads {
  static final String LIMITS = "limits.get";
  static final String GET = "quota_sets.get";
  static final String DETAIL = "quota_sets.detail";
  static final String DEFAULTS = "quota_sets.defaults";

  private final Reads reads;

  QuotaReads(Reads reads) {
    this.reads = reads;
  }

  /** {@code GET /limits}, with {@code ?tenant_id=} when a project is named. */
  Operation<Limits, Limits> limits(@Nullable String projectId) {
    HttpUrl.Builder url = reads.url("limits");
    if (projectId != null) {
      url.addQueryParameter("tenant_id", Reads.requireText(projectId, "projectId"));
    }
    return Reads.get(LIMITS, url.build(), LimitsJson::readBody);
  }

  /** {@code GET /os-quota-sets/{project}}, with {@code ?user_id=} when a user is named. */
  Operation<QuotaSet, QuotaSet> get(String projectId, @Nullable String userId) {
    return Reads.get(GET, url(projectId, userId), QuotaSetJson::readBody);
  }

  /** {@code GET /os-quota-sets/{project}/detail}, with {@code ?user_id=} when a user is named. */
  Operation<QuotaSetDetail, QuotaSetDetail> detail(String projectId, @Nullable String userId) {
    return Reads.get(DETAIL, url(projectId, userId, "detail"), QuotaSetDetailJson::readBody);
  }

  /** {@code GET /os-quota-sets/{project}/defaults}: Nova takes no user here. */
  Operation<QuotaSet, QuotaSet> defaults(String projectId) {
    return Reads.get(DEFAULTS, url(projectId, null, "defaults"), QuotaSetJson::readBody);
  }

  private HttpUrl url(String projectId, @Nullable String userId, String... below) {
    String[] segments = new String[below.length + 2];
    segments[0] = "os-quota-sets";
    segments[1] = Reads.requireText(projectId, "projectId");
    System.arraycopy(below, 0, segments, 2, below.length);
    HttpUrl.Builder url = reads.url(segments);
    if (userId != null) {
      url.addQueryParameter("user_id", Reads.requireText(userId, "userId"));
    }
    return url.build();
  }
}
