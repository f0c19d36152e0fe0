package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link QuotasClient} and its async face sends, and what it makes of it. */
final class QuotasClientTest {
  private static final String LIMITS = "limits/limit-get-resp.json";
  private static final String SHOW = "os-quota-sets/quotas-show-get-resp.json";
  private static final String USER_SHOW = "os-quota-sets/user-quotas-show-get-resp.json";
  private static final String DETAIL = "os-quota-sets/quotas-show-detail-get-resp.json";
  private static final String DEFAULTS = "os-quota-sets/quotas-show-defaults-get-resp.json";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client() {
    return TestSupport.client(server, "/v2.1").microversion("2.79").addListener(listener).build();
  }

  private RecordedRequest assertSent(String path, String query) throws InterruptedException {
    RecordedRequest request = assertSentGet(server, path, query);
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.79");
    return request;
  }

  @Test
  void limits_readsTheCallersProject_andAnotherWithTenantId() throws Exception {
    server.enqueue(json(200, NovaSamples.read(LIMITS)));
    server.enqueue(json(200, NovaSamples.read(LIMITS)));
    Limits own;
    try (ComputeClient compute = client()) {
      own = compute.quotas().limits();
      assertThat(compute.quotas().limits("other project").absolute().maxTotalCores()).hasValue(20);
    }
    assertThat(own.absolute().maxTotalInstances()).hasValue(10);
    assertThat(own.absolute().totalServerGroupsUsed()).hasValue(0);
    assertThat(own.rate()).isEmpty();
    assertSent("/v2.1/limits", null);
    assertSent("/v2.1/limits", "tenant_id=other%20project");
    assertThat(listener.named(QuotaReads.LIMITS)).hasSize(2);
  }

  @Test
  void limits_403ForAnotherProject_throwsPermissionDenied() throws Exception {
    server.enqueue(
        json(
            403,
            "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
                + " os_compute_api:limits:other_project to be performed.\"}}"));
    try (ComputeClient compute = client()) {
      PermissionDeniedException e =
          catchThrowableOfType(
              () -> compute.quotas().limits("p2"), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.getMessage()).contains("limits:other_project");
    }
    assertSent("/v2.1/limits", "tenant_id=p2");
  }

  @Test
  void get_readsAProjectsAndAUsersQuotas() throws Exception {
    server.enqueue(json(200, NovaSamples.read(SHOW)));
    server.enqueue(json(200, NovaSamples.read(USER_SHOW)));
    QuotaSet project;
    QuotaSet user;
    try (ComputeClient compute = client()) {
      project = compute.quotas().get("fake_tenant");
      user = compute.quotas().get("fake_tenant", "fake_user");
    }
    assertThat(project.id()).contains("fake_tenant");
    assertThat(project.instances()).hasValue(10);
    assertThat(project.serverGroupMembers()).hasValue(10);
    assertThat(user.ram()).hasValue(51200);
    assertSent("/v2.1/os-quota-sets/fake_tenant", null);
    assertSent("/v2.1/os-quota-sets/fake_tenant", "user_id=fake_user");
    assertThat(listener.named(QuotaReads.GET)).hasSize(2);
  }

  @Test
  void detail_readsLimitsAndUsage_forAProjectAndAUser() throws Exception {
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    QuotaSetDetail detail;
    try (ComputeClient compute = client()) {
      detail = compute.quotas().detail("fake_tenant");
      assertThat(compute.quotas().detail("fake_tenant", "u1").cores()).isPresent();
    }
    assertThat(detail.instances())
        .hasValueSatisfying(
            q -> {
              assertThat(q.limit()).hasValue(10);
              assertThat(q.inUse()).hasValue(0);
              assertThat(q.reserved()).hasValue(0);
            });
    assertSent("/v2.1/os-quota-sets/fake_tenant/detail", null);
    assertSent("/v2.1/os-quota-sets/fake_tenant/detail", "user_id=u1");
    assertThat(listener.named(QuotaReads.DETAIL)).hasSize(2);
  }

  @Test
  void defaults_readsTheDefaults_andSendsNoUser() throws Exception {
    server.enqueue(json(200, NovaSamples.read(DEFAULTS)));
    QuotaSet defaults;
    try (ComputeClient compute = client()) {
      defaults = compute.quotas().defaults("fake_tenant");
    }
    assertThat(defaults.keyPairs()).hasValue(100);
    assertSent("/v2.1/os-quota-sets/fake_tenant/defaults", null);
    assertThat(listener.only(QuotaReads.DEFAULTS).events).endsWith("ok");
  }

  @Test
  void quotaSets_errorsAreTyped() throws Exception {
    server.enqueue(
        json(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\":"
                + " \"Project ID nope is not a valid project.\"}}"));
    server.enqueue(
        json(
            403,
            "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
                + " os_compute_api:os-quota-sets:show to be performed.\"}}"));
    try (ComputeClient compute = client()) {
      InvalidRequestException invalid =
          catchThrowableOfType(
              () -> compute.quotas().detail("nope"), InvalidRequestException.class);
      assertThat(invalid).isNotNull();
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(invalid.getMessage()).contains("is not a valid project");
      PermissionDeniedException denied =
          catchThrowableOfType(
              () -> compute.quotas().get("admin"), PermissionDeniedException.class);
      assertThat(denied).isNotNull();
      assertThat(denied.requestId()).contains("req-403");
    }
    assertSent("/v2.1/os-quota-sets/nope/detail", null);
    assertSent("/v2.1/os-quota-sets/admin", null);
  }

  @Test
  void asyncFace_readsEach() throws Exception {
    server.enqueue(json(200, NovaSamples.read(LIMITS)));
    server.enqueue(json(200, NovaSamples.read(LIMITS)));
    server.enqueue(json(200, NovaSamples.read(SHOW)));
    server.enqueue(json(200, NovaSamples.read(USER_SHOW)));
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    server.enqueue(json(200, NovaSamples.read(DEFAULTS)));
    server.enqueue(json(403, "{\"forbidden\": {\"code\": 403, \"message\": \"no\"}}"));
    try (ComputeClient compute = client()) {
      QuotasAsyncClient quotas = compute.async().quotas();
      assertThat(quotas.limits().get(5, TimeUnit.SECONDS).absolute().maxTotalKeypairs())
          .hasValue(100);
      assertThat(quotas.limits("p").get(5, TimeUnit.SECONDS).rate()).isEmpty();
      assertThat(quotas.get("p").get(5, TimeUnit.SECONDS).cores()).hasValue(20);
      assertThat(quotas.get("p", "u").get(5, TimeUnit.SECONDS).cores()).hasValue(20);
      assertThat(quotas.detail("p").get(5, TimeUnit.SECONDS).ram()).isPresent();
      assertThat(quotas.detail("p", "u").get(5, TimeUnit.SECONDS).ram()).isPresent();
      assertThat(quotas.defaults("p").get(5, TimeUnit.SECONDS).instances()).hasValue(10);
      assertThatThrownBy(() -> quotas.get("q").get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(PermissionDeniedException.class);
    }
    assertSent("/v2.1/limits", null);
    assertSent("/v2.1/limits", "tenant_id=p");
    assertSent("/v2.1/os-quota-sets/p", null);
    assertSent("/v2.1/os-quota-sets/p", "user_id=u");
    assertSent("/v2.1/os-quota-sets/p/detail", null);
    assertSent("/v2.1/os-quota-sets/p/detail", "user_id=u");
    assertSent("/v2.1/os-quota-sets/p/defaults", null);
    assertSent("/v2.1/os-quota-sets/q", null);
  }

  @Test
  void argumentsAreCheckedBeforeSending() {
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.quotas().limits(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.quotas().get(""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.quotas().get("p", " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.quotas().detail("p", null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> compute.async().quotas().defaults(" "))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
