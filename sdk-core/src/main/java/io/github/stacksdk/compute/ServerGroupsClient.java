package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The server groups of a project: the affinity and anti-affinity policies servers are created in.
 * Get one with {@link ComputeClient#serverGroups()}; it shares the client's settings, token,
 * connections and listeners. Thread-safe.
 *
 * <pre>{@code
 * ServerGroup group = compute.serverGroups().get(groupId);
 * String policy = group.policy().orElse(String.join(",", group.policies())); // policies < 2.64
 * System.out.println(policy + " " + group.members());
 * }</pre>
 *
 * <p>A listing pages lazily by offset, as {@link ListServerGroupsRequest} says. What a group holds
 * depends on the microversion: its policy and rules from 2.64 (its policies before), its project
 * and user from 2.13; see {@link ServerGroup}.
 */
public final class ServerGroupsClient {
  private final ServerGroupReads reads;
  private final Transport transport;

  ServerGroupsClient(ServerGroupReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the server groups of the caller's project ({@code GET /os-server-groups}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<ServerGroup> list() {
    return list(ListServerGroupsRequest.builder().build());
  }

  /**
   * Lists the server groups the request asks for ({@code GET /os-server-groups}).
   *
   * @param request the projects and the paging
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<ServerGroup> list(ListServerGroupsRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the server groups that the request {@code request} fills in asks for; see {@link
   * #list(ListServerGroupsRequest)}.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<ServerGroup> list(Consumer<ListServerGroupsRequest.Builder> request) {
    return list(build(request));
  }

  /**
   * Returns a server group ({@code GET /os-server-groups/{id}}), with the ids of its servers that
   * are not deleted.
   *
   * @param groupId the group's id
   * @return the group
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is none, and
   *     when a caller who is not an administrator asks for another project's group
   */
  public ServerGroup get(String groupId) {
    return reads.get(groupId).call(transport);
  }

  static ListServerGroupsRequest build(Consumer<ListServerGroupsRequest.Builder> request) {
    ListServerGroupsRequest.Builder builder = ListServerGroupsRequest.builder();
    request.accept(builder);
    return builder.build();
  }
}
