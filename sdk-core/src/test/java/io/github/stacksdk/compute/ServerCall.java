package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The client's calls that read servers, for tests that send every one of them the same hostile
 * answer: each sends one GET (a listing one per page) to an endpoint ending in {@code /v2.1}, and
 * an asynchronous call's failure comes out as the exception it failed with, as the synchronous
 * call's does.
 */
enum ServerCall {
  GET_SERVER("/v2.1/servers/s1", null, Fixture.SERVER, Fixture.SERVER_ID),
  LIST_SERVERS("/v2.1/servers/detail", "limit=1000", Fixture.SERVERS, Fixture.SERVERS_ID),
  LIST_SERVERS_PAGE("/v2.1/servers/detail", "limit=1000", Fixture.SERVERS, Fixture.SERVERS_ID),
  ASYNC_GET_SERVER("/v2.1/servers/s1", null, Fixture.SERVER, Fixture.SERVER_ID),
  ASYNC_LIST_SERVERS("/v2.1/servers/detail", "limit=1000", Fixture.SERVERS, Fixture.SERVERS_ID);

  /** Real Nova bodies: {@code GET /servers/{id}}, and a page of one server without a next link. */
  static final class Fixture {
    static final String SERVER = fixture("servers/server-get-resp.json");
    static final String SERVER_ID = "0e44cc9c-e052-415d-afbf-469b0d384170";
    static final String SERVERS = fixture("servers/servers-detail-testvm1.json");
    static final String SERVERS_ID = "523a0a98-01b8-4c18-acfe-3c4ceb85c0ea";

    private Fixture() {}
  }

  final String path;
  final @Nullable String query;

  /** A real Nova body that this call reads, with one server. */
  final String okBody;

  /** The id of the server in {@link #okBody}. */
  final String okId;

  ServerCall(String path, @Nullable String query, String okBody, String okId) {
    this.path = path;
    this.query = query;
    this.okBody = okBody;
    this.okId = okId;
  }

  /** {@code GET /v2.1/…?…}, as the SDK's messages name the request. */
  String request() {
    return "GET " + path + (query != null ? "?" + query : "");
  }

  /** Makes the call and returns the ids of the servers it returned. */
  List<String> run(ComputeClient compute) {
    ListServersRequest all = ListServersRequest.builder().build();
    switch (this) {
      case GET_SERVER:
        return List.of(compute.getServer("s1").id());
      case ASYNC_GET_SERVER:
        return List.of(join(compute.async().getServer("s1")).id());
      case LIST_SERVERS_PAGE:
        return compute.listServersPage(all).items().stream()
            .map(Server::id)
            .collect(Collectors.toList());
      default:
        List<String> listed = new ArrayList<>();
        rethrow(drain(compute, all, listed));
        return listed;
    }
  }

  /**
   * Makes the call on a client built from {@code client} and returns what it threw, asserting that
   * it is one of the SDK's exceptions: not wrapped, not Jackson's or OkHttp's own.
   */
  Throwable failure(ComputeClient.Builder client) {
    Throwable thrown;
    try (ComputeClient compute = client.build()) {
      thrown = catchThrowable(() -> run(compute));
    }
    assertThat(thrown).as("what " + this + " threw").isInstanceOf(ComputeException.class);
    return thrown;
  }

  /**
   * Iterates a listing (synchronously, or with the asynchronous {@code forEach}) into {@code
   * listed}, and returns what ended it: null when it ended normally.
   */
  @Nullable Throwable drain(
      ComputeClient compute, ListServersRequest request, List<String> listed) {
    return catchThrowable(
        () -> {
          if (this == ASYNC_LIST_SERVERS) {
            join(compute.async().listServers(request).forEach(s -> listed.add(s.id())));
          } else {
            compute.listServers(request).forEach(s -> listed.add(s.id()));
          }
        });
  }

  /** Every call of {@code calls} with every variant, as arguments of a parameterized test. */
  static Stream<Arguments> each(List<ServerCall> calls, Object... variants) {
    return calls.stream().flatMap(call -> Stream.of(variants).map(v -> Arguments.of(call, v)));
  }

  /** Every call with every variant. */
  static Stream<Arguments> every(Object... variants) {
    return each(List.of(values()), variants);
  }

  /** Waits for a future, giving back the exception it failed with as it was, unwrapped once. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      rethrow(e.getCause());
      throw new AssertionError(e);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the future did not complete", e);
    }
  }

  private static void rethrow(@Nullable Throwable thrown) {
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    if (thrown != null) {
      throw new AssertionError("a checked exception", thrown);
    }
  }
}
