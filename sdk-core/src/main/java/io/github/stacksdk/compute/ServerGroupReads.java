package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ServerGroupJson;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The server group calls, each defined once for both faces of {@link ServerGroupsClient}: what to
 * ask and how to read the answer.
 */
final class ServerGroupReads {
  static final String LIST = "server_groups.list";
  static final String GET = "server_groups.get";

  private final Reads reads;

  ServerGroupReads(Reads reads) {
    this.reads = reads;
  }

  PagedIterable<ServerGroup> list(ListServerGroupsRequest request) {
    return reads.offsetListing(
        LIST,
        "server group",
        ServerGroup::id,
        request.offset().orElse(0),
        pageSize(request),
        (offset, limit) -> page(request, offset, limit));
  }

  AsyncPagedIterable<ServerGroup> listAsync(ListServerGroupsRequest request) {
    return reads.offsetListingAsync(
        LIST,
        "server group",
        ServerGroup::id,
        request.offset().orElse(0),
        pageSize(request),
        (offset, limit) -> page(request, offset, limit));
  }

  /**
   * The page size asked for. Unset, it is still sent: Nova's own default is its {@code max_limit},
   * which the listing could not tell from a short last page.
   */
  private static int pageSize(ListServerGroupsRequest request) {
    return request.pageSize().orElse(ListServerGroupsRequest.MAX_PAGE_SIZE);
  }

  private Operation<?, Transport.Result<List<ServerGroup>>> page(
      ListServerGroupsRequest request, int offset, int limit) {
    HttpUrl.Builder url = reads.url("os-server-groups");
    if (request.allProjects()) {
      // Nova tests the parameter's presence, not its value: all_projects=false lists them all too.
      url.addQueryParameter("all_projects", "True");
    }
    url.addQueryParameter("limit", Integer.toString(limit));
    if (offset > 0) {
      url.addQueryParameter("offset", Integer.toString(offset));
    }
    return Operation.of(
        LIST + ".page",
        Transport.Exchange.get(
            url.build(), ServerGroupJson::readListBody, true, ComputeOperations.MAX_BODY_BYTES),
        Function.identity());
  }

  /** {@code GET /os-server-groups/{id}}. */
  Operation<ServerGroup, ServerGroup> get(String groupId) {
    return Reads.get(
        GET,
        reads.url("os-server-groups", Reads.requireText(groupId, "groupId")).build(),
        ServerGroupJson::readBody);
  }
}
