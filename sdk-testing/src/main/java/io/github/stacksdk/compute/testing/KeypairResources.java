package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * {@code GET /os-keypairs} and {@code GET /os-keypairs/{name}} ({@code keypairs.py}, {@code
 * views/keypairs.py}): a user's keypairs, {@code type} from 2.2, another user's for an admin with
 * {@code user_id} from 2.10, marker paging by name from 2.35.
 */
final class KeypairResources {
  private final Keypairs keypairs;

  KeypairResources(Keypairs keypairs) {
    this.keypairs = keypairs;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    if (r.path.size() > 2) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    String name = r.segment(1);
    return name == null ? list(r) : show(r, name);
  }

  /** The schema's parameters at the request's microversion. */
  private static QueryParams query(ComputeRequest r, boolean list) {
    List<String> allowed = new ArrayList<>();
    if (r.atLeast(10)) {
      allowed.add("user_id");
    }
    if (list && r.atLeast(35)) {
      allowed.add("limit");
      allowed.add("marker");
    }
    return QuerySchema.known(r.query, Set.copyOf(allowed), r.atLeast(75));
  }

  /** {@code _get_user_id}: the first {@code user_id} (from 2.10), else the token's user. */
  private static String userOf(ComputeRequest r, QueryParams q) {
    List<String> ids = q.all("user_id");
    return ids.isEmpty() ? r.caller.user : ids.get(0);
  }

  /** {@code (rule:context_is_admin) or user_id:%(user_id)s}, which has no deprecated rule. */
  private static void authorize(ComputeRequest r, String action, String userId) {
    if (!r.caller.admin && !r.caller.user.equals(userId)) {
      throw Caller.policy("os_compute_api:os-keypairs:" + action);
    }
  }

  private MockResponse.Builder list(ComputeRequest r) {
    if (r.atLeast(35)) {
      QuerySchema.nonNegativeInteger(r.query, "limit");
    }
    QueryParams q = query(r, true);
    String userId = userOf(r, q);
    authorize(r, "index", userId);
    List<Keypairs.Keypair> mine = keypairs.of(userId);
    List<Keypairs.Keypair> page = mine;
    int limit = Paging.MAX_LIMIT;
    if (r.atLeast(35)) {
      limit = Paging.limitOrZero(q);
      String marker = q.last("marker");
      int start = 0;
      if (marker != null) {
        start = -1;
        for (int i = 0; i < mine.size(); i++) {
          if (mine.get(i).name.equals(marker)) {
            start = i + 1;
          }
        }
        if (start < 0) {
          throw NovaFault.badRequest("Marker " + marker + " could not be found.");
        }
      }
      page = mine.subList(start, Math.min(mine.size(), start + limit));
    }
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("keypairs");
    for (Keypairs.Keypair k : page) {
      ObjectNode entry = list.addObject().putObject("keypair");
      entry.put("name", k.name).put("public_key", k.publicKey).put("fingerprint", k.fingerprint);
      if (r.atLeast(2)) {
        entry.put("type", k.type);
      }
    }
    if (r.atLeast(35) && Paging.isFull(limit, page.size())) {
      body.putArray("keypairs_links")
          .add(
              ServerRenderer.link(
                  "next",
                  Paging.nextHref(r.url("os-keypairs"), q, page.get(page.size() - 1).name)));
    }
    return Responses.json(200, body);
  }

  private MockResponse.Builder show(ComputeRequest r, String name) {
    QueryParams q = query(r, false);
    String userId = userOf(r, q);
    authorize(r, "show", userId);
    Keypairs.Keypair k =
        keypairs
            .get(userId, name)
            .orElseThrow(
                () -> NovaFault.notFound("Keypair " + name + " not found for user " + userId));
    ObjectNode body = Responses.object();
    ObjectNode out = body.putObject("keypair");
    out.put("name", k.name)
        .put("public_key", k.publicKey)
        .put("fingerprint", k.fingerprint)
        .put("user_id", k.userId)
        .put("created_at", Responses.pythonTime(k.createdAt))
        .put("deleted", false)
        .putNull("deleted_at")
        .put("id", k.id)
        .putNull("updated_at");
    if (r.atLeast(2)) {
      out.put("type", k.type);
    }
    return Responses.json(200, body);
  }
}
