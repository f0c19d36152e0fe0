package io.github.stacksdk.compute.opentelemetry;

import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.CONCURRENCY;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.ERROR_TYPE;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.FAULT;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.HTTP_REQUEST_METHOD;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.HTTP_REQUEST_RESEND_COUNT;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.HTTP_RESPONSE_STATUS_CODE;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.ITEMS;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.MICROVERSION;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.OPERATION;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.PAGES;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.REQUESTED_MICROVERSION;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.REQUEST_ID;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.RETRY_WAIT_MS;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.SERVER_ADDRESS;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.SERVER_PORT;
import static io.github.stacksdk.compute.opentelemetry.ComputeTracing.URL_FULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class ComputeTracingTest {
  private static final String TOKEN = "tok-7f3a9c-secret-token";
  private static final String PASSWORD = "pw-4b1e-secret-password";

  @RegisterExtension static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  private final FakeCompute fake =
      FakeCompute.builder().token(TOKEN).credentials("alice", PASSWORD).start();
  private final Tracer tracer = OTEL.getOpenTelemetry().getTracer("test");
  private final URI endpoint = URI.create(fake.endpoint());

  /** The threads each page operation started on, and those its attempts ended on. */
  private final List<String> pageStartThreads = new CopyOnWriteArrayList<>();

  private final List<String> pageAttemptThreads = new CopyOnWriteArrayList<>();

  private final ComputeListener threads =
      (operation, parent) -> {
        if (!operation.name().endsWith(".page")) {
          return OperationListener.NONE;
        }
        pageStartThreads.add(Thread.currentThread().getName());
        return new OperationListener() {
          @Override
          public void attemptEnded(AttemptResult result) {
            pageAttemptThreads.add(Thread.currentThread().getName());
          }
        };
      };

  private final ComputeClient compute =
      fake.clientBuilder()
          .microversion("2.79")
          .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).build())
          .addListener(ComputeTracing.create(OTEL.getOpenTelemetry()))
          .addListener(threads)
          .build();

  @AfterEach
  void close() {
    compute.close();
    fake.close();
    assertNoSecretIn(OTEL.getSpans());
  }

  @Test
  void getServer_insideASpan_isAnInternalChildWithAClientSpanPerRequest() {
    SampleCloud.populate(fake);
    String id = fake.servers().get(0).id();

    Span user = tracer.spanBuilder("user").startSpan();
    try (Scope ignored = user.makeCurrent()) {
      compute.getServer(id);
    } finally {
      user.end();
    }

    FakeRequest sent = fake.takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v2.1/servers/" + id);
    assertThat(sent.header("OpenStack-API-Version")).contains("compute 2.79");
    SpanData userSpan = only("user");
    SpanData operation = only("servers.get");
    SpanData attempt = only("GET");
    assertThat(operation.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(operation.getParentSpanId()).isEqualTo(userSpan.getSpanId());
    assertThat(operation.getTraceId()).isEqualTo(userSpan.getTraceId());
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    String requestId = attempt.getAttributes().get(REQUEST_ID);
    assertThat(requestId).matches("req-[0-9a-f-]{36}");
    assertThat(operation.getAttributes().asMap())
        .isEqualTo(
            Attributes.builder()
                .put(OPERATION, "servers.get")
                .put(SERVER_ADDRESS, endpoint.getHost())
                .put(SERVER_PORT, (long) endpoint.getPort())
                .put(REQUESTED_MICROVERSION, "2.79")
                .put(HTTP_RESPONSE_STATUS_CODE, 200L)
                .put(REQUEST_ID, requestId)
                .put(MICROVERSION, "2.79")
                .build()
                .asMap());
    assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(attempt.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(attempt.getAttributes().asMap())
        .isEqualTo(
            Attributes.builder()
                .put(HTTP_REQUEST_METHOD, "GET")
                .put(SERVER_ADDRESS, endpoint.getHost())
                .put(SERVER_PORT, (long) endpoint.getPort())
                .put(URL_FULL, fake.endpoint() + "/servers/" + id)
                .put(HTTP_RESPONSE_STATUS_CODE, 200L)
                .put(REQUEST_ID, requestId)
                .put(MICROVERSION, "2.79")
                .build()
                .asMap());
    assertThat(attempt.getStartEpochNanos()).isGreaterThanOrEqualTo(operation.getStartEpochNanos());
    assertThat(attempt.getEndEpochNanos()).isLessThanOrEqualTo(operation.getEndEpochNanos());
  }

  @Test
  void asyncGetServer_startedInsideASpan_isItsChild() {
    SampleCloud.populate(fake);
    String id = fake.servers().get(0).id();

    Span user = tracer.spanBuilder("user").startSpan();
    CompletableFuture<Server> shown;
    try (Scope ignored = user.makeCurrent()) {
      shown = compute.async().getServer(id);
    } finally {
      user.end();
    }
    assertThat(shown.join().id()).isEqualTo(id);

    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + id);
    SpanData operation = only("servers.get");
    assertThat(operation.getParentSpanId()).isEqualTo(only("user").getSpanId());
    assertThat(operation.getTraceId()).isEqualTo(only("user").getTraceId());
    assertThat(only("GET").getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(only("GET").getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
  }

  @Test
  void getServer_404_endsBothSpansInErrorWithTheStatusAndFault() {
    String missing = "6a1f0000-0000-4000-8000-000000000404";

    assertThatThrownBy(() -> compute.getServer(missing))
        .isInstanceOf(ResourceNotFoundException.class);

    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + missing);
    SpanData operation = only("servers.get");
    SpanData attempt = only("GET");
    String requestId = attempt.getAttributes().get(REQUEST_ID);
    assertThat(requestId).startsWith("req-");
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempt.getAttributes().asMap())
        .isEqualTo(
            Attributes.builder()
                .put(HTTP_REQUEST_METHOD, "GET")
                .put(SERVER_ADDRESS, endpoint.getHost())
                .put(SERVER_PORT, (long) endpoint.getPort())
                .put(URL_FULL, fake.endpoint() + "/servers/" + missing)
                .put(HTTP_RESPONSE_STATUS_CODE, 404L)
                .put(REQUEST_ID, requestId)
                .put(MICROVERSION, "2.79")
                .put(FAULT, "itemNotFound")
                .put(ERROR_TYPE, "404")
                .build()
                .asMap());
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getAttributes().get(ERROR_TYPE))
        .isEqualTo(ResourceNotFoundException.class.getName());
    assertThat(operation.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(404L);
    assertThat(operation.getAttributes().get(REQUEST_ID)).isEqualTo(requestId);
    assertThat(operation.getEvents()).extracting(EventData::getName).containsExactly("exception");
    assertThat(operation.getEvents().get(0).getAttributes().asMap().toString())
        .contains(ResourceNotFoundException.class.getName(), "status 404", requestId);
  }

  @Test
  void getServer_retriedAfter503_hasTwoAttemptSpansWithTheResendCount() {
    SampleCloud.populate(fake);
    String id = fake.servers().get(0).id();
    fake.failNext(1, 503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}");

    compute.getServer(id);

    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + id);
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + id);
    SpanData operation = only("servers.get");
    List<SpanData> attempts = named("GET");
    assertThat(attempts)
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(operation.getSpanId()));
    SpanData first =
        attempts.get(0).getAttributes().get(HTTP_REQUEST_RESEND_COUNT) == null
            ? attempts.get(0)
            : attempts.get(1);
    SpanData second = first == attempts.get(0) ? attempts.get(1) : attempts.get(0);
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(first.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(503L);
    assertThat(first.getAttributes().get(ERROR_TYPE)).isEqualTo("503");
    assertThat(first.getAttributes().get(FAULT)).isEqualTo("computeFault");
    assertThat(first.getAttributes().get(RETRY_WAIT_MS)).isNotNull().isGreaterThanOrEqualTo(0L);
    assertThat(first.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isNull();
    assertThat(second.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(second.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1L);
    assertThat(second.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(second.getAttributes().get(ERROR_TYPE)).isNull();
    assertThat(second.getAttributes().get(RETRY_WAIT_MS)).isNull();
    assertThat(second.getStartEpochNanos()).isGreaterThanOrEqualTo(first.getEndEpochNanos());
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(operation.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
  }

  @Test
  void concurrentListing_pagesOnOtherThreads_areChildrenOfTheListingInTheCallersTrace() {
    List<Server> servers = new ArrayList<>();
    for (int i = 0; i < 1050; i++) {
      servers.add(
          Server.builder()
              .id(String.format("00000000-0000-4000-8000-%012d", i))
              .name("vm-" + i)
              .statusAsString("ACTIVE")
              .created(Instant.parse("2026-11-01T00:00:00Z"))
              .updated(Instant.parse("2026-11-01T00:00:00Z"))
              .build());
    }
    fake.addServers(servers);

    Span user = tracer.spanBuilder("user").startSpan();
    long listed;
    try (Scope ignored = user.makeCurrent()) {
      listed = compute.listServers(r -> r.pageSize(100)).concurrency(4).stream().count();
    } finally {
      user.end();
    }

    assertThat(listed).isEqualTo(1050);
    List<FakeRequest> sent = requests();
    assertThat(sent.stream().filter(r -> r.path().equals("/v2.1/servers")))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.queryParameter("limit")).contains("1000"));
    assertThat(sent.stream().filter(r -> r.path().equals("/v2.1/servers/detail")))
        .hasSize(11)
        .allSatisfy(r -> assertThat(r.queryParameter("limit")).contains("100"));
    SpanData userSpan = only("user");
    SpanData listing = only("servers.list");
    assertThat(listing.getParentSpanId()).isEqualTo(userSpan.getSpanId());
    assertThat(listing.getAttributes().get(CONCURRENCY)).isEqualTo(4L);
    assertThat(listing.getAttributes().get(PAGES)).isEqualTo(11L);
    assertThat(listing.getAttributes().get(ITEMS)).isEqualTo(1050L);
    List<SpanData> idPages = named("servers.list_summaries.page");
    List<SpanData> detailPages = named("servers.list.page");
    assertThat(idPages).hasSize(2);
    assertThat(detailPages).hasSize(11);
    List<SpanData> parts = new ArrayList<>(idPages);
    parts.addAll(detailPages);
    assertThat(parts)
        .allSatisfy(
            page -> {
              assertThat(page.getParentSpanId()).isEqualTo(listing.getSpanId());
              assertThat(page.getTraceId()).isEqualTo(userSpan.getTraceId());
            });
    Map<String, SpanData> bySpanId =
        parts.stream().collect(Collectors.toMap(SpanData::getSpanId, s -> s));
    List<SpanData> attempts = named("GET");
    assertThat(attempts).hasSize(13);
    assertThat(attempts).allSatisfy(a -> assertThat(bySpanId).containsKey(a.getParentSpanId()));
    String caller = Thread.currentThread().getName();
    assertThat(pageStartThreads).hasSize(13).anyMatch(t -> !t.equals(caller));
    assertThat(pageAttemptThreads).hasSize(13).anyMatch(t -> !t.equals(caller));
  }

  @Test
  void sequentialListing_readAhead_pagesAreChildrenOfTheListing() {
    SampleCloud.populate(fake);

    Span user = tracer.spanBuilder("user").startSpan();
    long listed;
    try (Scope ignored = user.makeCurrent()) {
      listed = compute.listServers(r -> r.pageSize(5)).stream().count();
    } finally {
      user.end();
    }

    List<FakeRequest> sent = requests();
    assertThat(sent).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v2.1/servers/detail"));
    SpanData listing = only("servers.list");
    assertThat(listing.getParentSpanId()).isEqualTo(only("user").getSpanId());
    assertThat(listing.getAttributes().get(ITEMS)).isEqualTo(listed);
    List<SpanData> pages = named("servers.list.page");
    assertThat(pages).hasSize(sent.size());
    assertThat(pages)
        .allSatisfy(p -> assertThat(p.getParentSpanId()).isEqualTo(listing.getSpanId()));
    // Pages from the third on are read ahead: their requests are answered on OkHttp's threads.
    assertThat(pageAttemptThreads).anyMatch(t -> !t.equals(Thread.currentThread().getName()));
  }

  @Test
  void keystoneAuth_tracesTheTokenRequest_withoutTheTokenOrPassword() {
    Span user = tracer.spanBuilder("user").startSpan();
    try (Scope ignored = user.makeCurrent();
        ComputeClient keystone =
            ComputeClient.builder()
                .keystone(
                    KeystoneAuth.builder()
                        .authUrl(fake.keystoneUrl())
                        .username("alice")
                        .userDomainName("Default")
                        .password(PASSWORD)
                        .projectName("demo")
                        .projectDomainName("Default")
                        .build())
                .addListener(ComputeTracing.create(OTEL.getOpenTelemetry()))
                .build()) {
      keystone.listServers().stream().count();
    } finally {
      user.end();
    }

    List<FakeRequest> sent = requests();
    assertThat(sent.get(0).method()).isEqualTo("POST");
    assertThat(sent.get(0).path()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(sent.get(0).body()).contains(PASSWORD);
    assertThat(sent.get(1).header("X-Auth-Token")).contains(TOKEN);
    SpanData token = only("identity.token");
    URI keystoneUrl = URI.create(fake.keystoneUrl());
    assertThat(token.getParentSpanId()).isEqualTo(only("user").getSpanId());
    assertThat(token.getKind()).isEqualTo(SpanKind.INTERNAL);
    String requestId = token.getAttributes().get(REQUEST_ID);
    assertThat(requestId).startsWith("req-");
    assertThat(token.getAttributes().asMap())
        .isEqualTo(
            Attributes.builder()
                .put(OPERATION, "identity.token")
                .put(SERVER_ADDRESS, keystoneUrl.getHost())
                .put(SERVER_PORT, (long) keystoneUrl.getPort())
                .put(HTTP_RESPONSE_STATUS_CODE, 201L)
                .put(REQUEST_ID, requestId)
                .build()
                .asMap());
    SpanData post = only("POST");
    assertThat(post.getParentSpanId()).isEqualTo(token.getSpanId());
    assertThat(post.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(post.getAttributes().get(URL_FULL)).isEqualTo(fake.keystoneUrl() + "/auth/tokens");
    assertThat(post.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(201L);
    assertThat(only("servers.list").getParentSpanId()).isEqualTo(only("user").getSpanId());
  }

  private List<FakeRequest> requests() {
    List<FakeRequest> requests = new ArrayList<>();
    for (Optional<FakeRequest> r = fake.pollRequest(Duration.ZERO);
        r.isPresent();
        r = fake.pollRequest(Duration.ZERO)) {
      requests.add(r.get());
    }
    return requests;
  }

  private static List<SpanData> named(String name) {
    return OTEL.getSpans().stream()
        .filter(s -> s.getName().equals(name))
        .collect(Collectors.toList());
  }

  private static SpanData only(String name) {
    List<SpanData> spans = named(name);
    assertThat(spans).as("spans named %s", name).hasSize(1);
    return spans.get(0);
  }

  /** No attribute of a span or of its events holds the token or the password. */
  private static void assertNoSecretIn(List<SpanData> spans) {
    for (SpanData span : spans) {
      List<Object> values = new ArrayList<>(span.getAttributes().asMap().values());
      for (EventData event : span.getEvents()) {
        values.addAll(event.getAttributes().asMap().values());
      }
      assertThat(values)
          .as("attributes of %s", span.getName())
          .allSatisfy(
              v -> assertThat(String.valueOf(v)).doesNotContain(TOKEN).doesNotContain(PASSWORD));
    }
  }
}
