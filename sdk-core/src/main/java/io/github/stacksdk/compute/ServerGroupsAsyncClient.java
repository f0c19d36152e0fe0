package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link ServerGroupsClient}: the same calls, each returning at once. Get
 * one with {@code compute.async().serverGroups()}. Cancelling a returned future cancels its HTTP
 * call. Thread-safe.
 */
public final class ServerGroupsAsyncClient {
  private final ServerGroupReads reads;
  private final Transport transport;

  ServerGroupsAsyncClient(ServerGroupReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the server groups of the caller's project ({@code GET /os-server-groups}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<ServerGroup> list() {
    return list(ListServerGroupsRequest.builder().build());
  }

  /**
   * Lists the server groups the request asks for ({@code GET /os-server-groups}).
   *
   * @param request the projects and the paging
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<ServerGroup> list(ListServerGroupsRequest request) {
    return reads.listAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the server groups that the request {@code request} fills in asks for.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<ServerGroup> list(Consumer<ListServerGroupsRequest.Builder> request) {
    return list(ServerGroupsClient.build(request));
  }

  /**
   * Returns a server group ({@code GET /os-server-groups/{id}}).
   *
   * @param groupId the group's id
   * @return completes with the group; fails with a {@code ResourceNotFoundException} when there is
   *     none
   */
  public CompletableFuture<ServerGroup> get(String groupId) {
    return reads.get(groupId).enqueue(transport);
  }
}
