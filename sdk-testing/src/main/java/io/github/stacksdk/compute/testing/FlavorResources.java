package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code /flavors} ({@code flavors.py}, {@code views/flavors.py}), {@code
 * /flavors/{id}/os-extra_specs[/{key}]} ({@code flavors_extraspecs.py}) and {@code
 * /flavors/{id}/os-flavor-access} ({@code flavor_access.py}): the reads.
 */
final class FlavorResources {
  /** {@code schemas/flavors.py VALID_SORT_KEYS}. */
  private static final List<String> SORT_KEYS =
      List.of(
          "created_at",
          "description",
          "disabled",
          "ephemeral_gb",
          "flavorid",
          "id",
          "is_public",
          "memory_mb",
          "name",
          "root_gb",
          "rxtx_factor",
          "swap",
          "updated_at",
          "vcpu_weight",
          "vcpus");

  /** What each sort key sorts by; columns every fake flavor has empty (NULL) give null. */
  private static final Map<String, Function<Flavors.Row, @Nullable Comparable<?>>> SORT_VALUES =
      Map.ofEntries(
          Map.entry("created_at", r -> r.internalId),
          Map.entry("description", r -> r.description),
          Map.entry("disabled", r -> r.disabled),
          Map.entry("ephemeral_gb", r -> r.ephemeralGb),
          Map.entry("flavorid", r -> r.id),
          Map.entry("id", r -> r.internalId),
          Map.entry("is_public", r -> r.isPublic),
          Map.entry("memory_mb", r -> r.ramMb),
          Map.entry("name", r -> r.name),
          Map.entry("root_gb", r -> r.diskGb),
          Map.entry("rxtx_factor", r -> r.rxtxFactor),
          Map.entry("swap", r -> r.swapMb),
          Map.entry("updated_at", r -> null),
          Map.entry("vcpu_weight", r -> null),
          Map.entry("vcpus", r -> r.vcpus));

  private final Flavors flavors;

  FlavorResources(Flavors flavors) {
    this.flavors = flavors;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    String id = r.segment(1);
    if (id == null) {
      r.requireGet();
      return list(r, false);
    }
    if (r.path.size() == 2) {
      r.requireGet();
      return id.equals("detail") ? list(r, true) : show(r, id);
    }
    String sub = r.path.get(2);
    if (sub.equals("os-extra_specs") && r.path.size() <= 4) {
      r.requireGet();
      return extraSpecs(r, id, r.segment(3));
    }
    if (sub.equals("os-flavor-access") && r.path.size() == 3) {
      r.requireGet();
      return access(r, id);
    }
    throw NovaFault.unknownResource();
  }

  /** {@code GET /flavors} and {@code GET /flavors/detail}. */
  private MockResponse.Builder list(ComputeRequest r, boolean detail) {
    List<String> keys = new ArrayList<>(SORT_KEYS);
    if (r.atLeast(102)) {
      keys.remove("rxtx_factor");
    }
    // jsonschema checks the schema's properties in order, then additionalProperties.
    QuerySchema.nonNegativeInteger(r.query, "limit");
    QuerySchema.oneOf(r.query, "sort_key", keys);
    QuerySchema.oneOf(r.query, "sort_dir", List.of("asc", "desc"));
    QueryParams q = query(r);
    String sortKey = orDefault(q.last("sort_key"), "flavorid");
    boolean asc = orDefault(q.last("sort_dir"), "asc").equals("asc");
    int limit = Paging.limitOrZero(q);
    String marker = q.last("marker");

    Caller caller = r.caller;
    @Nullable Boolean isPublic = Boolean.TRUE;
    if (caller.admin) {
      isPublic = parseIsPublic(q.last("is_public"));
    }
    @Nullable Integer minRam = minimum(q, "minRam");
    @Nullable Integer minDisk = minimum(q, "minDisk");
    @Nullable Pattern name = r.atLeast(102) ? nameFilter(q) : null;

    List<Flavors.Row> visible =
        flavors.all().stream().filter(f -> f.visibleTo(caller)).collect(Collectors.toList());
    @Nullable Boolean publicFilter = isPublic;
    List<Flavors.Row> matching = new ArrayList<>();
    for (Flavors.Row f : visible) {
      if (publicFilter != null
          && !(publicFilter ? f.isPublic || f.projects.contains(caller.project) : !f.isPublic)) {
        continue;
      }
      if (!caller.admin && f.disabled) {
        continue;
      }
      if ((minRam != null && f.ramMb < minRam)
          || (minDisk != null && f.diskGb < minDisk)
          || (name != null && !name.matcher(f.name).find())) {
        continue;
      }
      matching.add(f);
    }
    Comparator<Flavors.Row> order = order(sortKey, asc);
    matching.sort(order);
    if (marker != null) {
      Flavors.Row start =
          visible.stream().filter(f -> f.id.equals(marker)).findFirst().orElse(null);
      if (start == null) {
        throw NovaFault.badRequest("marker [" + marker + "] not found");
      }
      matching.removeIf(f -> order.compare(f, start) <= 0);
    }
    List<Flavors.Row> page = matching.subList(0, Math.min(limit, matching.size()));

    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("flavors");
    for (Flavors.Row f : page) {
      list.add(detail ? detail(r, f) : summary(r, f));
    }
    // _get_collection_links: a full page of min(limit, max_limit) gets a next link.
    if (Paging.isFull(limit, page.size())) {
      String collection = detail ? "flavors/detail" : "flavors";
      body.putArray("flavors_links")
          .add(
              ServerRenderer.link(
                  "next", Paging.nextHref(r.url(collection), q, page.get(limit - 1).id)));
    }
    return Responses.json(200, body);
  }

  /** The schema's parameters: unknown ones are stripped before 2.75 and refused from 2.75. */
  private static QueryParams query(ComputeRequest r) {
    List<String> allowed =
        new ArrayList<>(
            List.of("limit", "marker", "is_public", "minRam", "minDisk", "sort_key", "sort_dir"));
    if (r.atLeast(102)) {
      allowed.add("name");
    }
    return QuerySchema.known(r.query, Set.copyOf(allowed), r.atLeast(75));
  }

  private static String orDefault(@Nullable String value, String otherwise) {
    return value == null || value.isEmpty() ? otherwise : value;
  }

  /** {@code _parse_is_public}: absent is public only, {@code none} is all, else a strict bool. */
  private static @Nullable Boolean parseIsPublic(@Nullable String value) {
    if (value == null) {
      return Boolean.TRUE;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("none")) {
      return null;
    }
    String stripped = lower.strip();
    if (List.of("1", "t", "true", "on", "y", "yes").contains(stripped)) {
      return Boolean.TRUE;
    }
    if (List.of("0", "f", "false", "off", "n", "no").contains(stripped)) {
      return Boolean.FALSE;
    }
    throw NovaFault.badRequest("Invalid is_public filter [" + value + "]");
  }

  private static @Nullable Integer minimum(QueryParams q, String name) {
    String value = q.last(name);
    if (value == null) {
      return null;
    }
    Integer parsed = QuerySchema.pythonInt(value);
    if (parsed == null) {
      throw NovaFault.badRequest("Invalid " + name + " filter [" + value + "]");
    }
    return parsed;
  }

  /** From 2.102 {@code name} is a regular expression, matched as the database's REGEXP does. */
  private static @Nullable Pattern nameFilter(QueryParams q) {
    String value = q.last("name");
    if (value == null) {
      return null;
    }
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw NovaFault.unexpected(e);
    }
  }

  /**
   * {@code paginate_query} over {@code [sort_key, id]}, both in {@code sort_dir}; NULLs first in
   * ascending order, as MySQL sorts them.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Flavors.Row> order(String sortKey, boolean asc) {
    Function<Flavors.Row, @Nullable Comparable<?>> value =
        Objects.requireNonNull(SORT_VALUES.get(sortKey));
    Comparator<Flavors.Row> byKey =
        (a, b) -> {
          Comparable x = value.apply(a);
          Comparable y = value.apply(b);
          if (x == null || y == null) {
            return x == y ? 0 : (x == null ? -1 : 1);
          }
          return x.compareTo(y);
        };
    Comparator<Flavors.Row> order =
        byKey.thenComparing(Comparator.comparingLong((Flavors.Row f) -> f.internalId));
    return asc ? order : order.reversed();
  }

  /** {@code GET /flavors/{id}}. */
  private MockResponse.Builder show(ComputeRequest r, String id) {
    if (r.atLeast(102)) {
      QuerySchema.known(r.query, Set.of(), true);
    }
    Flavors.Row f = visible(r, id);
    ObjectNode body = Responses.object();
    body.set("flavor", detail(r, f));
    return Responses.json(200, body);
  }

  private Flavors.Row visible(ComputeRequest r, String id) {
    return flavors
        .visible(id, r.caller)
        .orElseThrow(() -> NovaFault.notFound("Flavor " + id + " could not be found."));
  }

  /** {@code ViewBuilder.basic}: id, name, links; the description from 2.55. */
  private static ObjectNode summary(ComputeRequest r, Flavors.Row f) {
    ObjectNode out = Responses.object();
    out.put("id", f.id);
    out.put("name", f.name);
    out.set("links", r.links("flavors", f.id));
    if (r.atLeast(55)) {
      out.put("description", f.description);
    }
    return out;
  }

  /**
   * {@code ViewBuilder.show}: {@code swap} is {@code ""} for none before 2.75, the description
   * from 2.55, the extra specs from 2.61 (the reader's policy lets every project see them); from
   * 2.102 neither {@code rxtx_factor} nor {@code OS-FLV-DISABLED:disabled}.
   */
  private static ObjectNode detail(ComputeRequest r, Flavors.Row f) {
    ObjectNode out = Responses.object();
    out.put("id", f.id);
    out.put("name", f.name);
    out.put("ram", f.ramMb);
    out.put("disk", f.diskGb);
    if (f.swapMb == 0 && !r.atLeast(75)) {
      out.put("swap", "");
    } else {
      out.put("swap", f.swapMb);
    }
    out.put("OS-FLV-EXT-DATA:ephemeral", f.ephemeralGb);
    if (!r.atLeast(102)) {
      out.put("OS-FLV-DISABLED:disabled", f.disabled);
    }
    out.put("vcpus", f.vcpus);
    out.put("os-flavor-access:is_public", f.isPublic);
    if (!r.atLeast(102)) {
      if (f.rxtxFactor == 0) {
        out.put("rxtx_factor", "");
      } else {
        out.put("rxtx_factor", f.rxtxFactor);
      }
    }
    out.set("links", r.links("flavors", f.id));
    if (r.atLeast(55)) {
      out.put("description", f.description);
    }
    if (r.atLeast(61)) {
      ObjectNode specs = out.putObject("extra_specs");
      f.extraSpecs.forEach(specs::put);
    }
    return out;
  }

  /** {@code GET /flavors/{id}/os-extra_specs[/{key}]}. */
  private MockResponse.Builder extraSpecs(ComputeRequest r, String id, @Nullable String key) {
    Flavors.Row f = visible(r, id);
    ObjectNode body = Responses.object();
    if (key == null) {
      ObjectNode specs = body.putObject("extra_specs");
      f.extraSpecs.forEach(specs::put);
      return Responses.json(200, body);
    }
    String value = f.extraSpecs.get(key);
    if (value == null) {
      throw NovaFault.notFound("Flavor " + id + " has no extra specs with key " + key + ".");
    }
    return Responses.json(200, body.put(key, value));
  }

  /**
   * {@code GET /flavors/{id}/os-flavor-access}. Zed's rule is the admin's, but its deprecated
   * admin-or-owner rule is still accepted, so a member may read the list of a private flavor its
   * project has access to.
   */
  private MockResponse.Builder access(ComputeRequest r, String id) {
    Flavors.Row f = visible(r, id);
    if (f.isPublic) {
      throw NovaFault.notFound("Access list not available for public flavors.");
    }
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("flavor_access");
    for (String project : f.projects) {
      list.addObject().put("flavor_id", f.id).put("tenant_id", project);
    }
    return Responses.json(200, body);
  }
}
