package io.github.stacksdk.compute.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Picks the compute endpoint from a Keystone v3 catalog. */
final class Catalogs {
  /** Catalog URL templates for the project id: {@code %(tenant_id)s}, {@code $(project_id)s}. */
  private static final Pattern PROJECT_TEMPLATE =
      Pattern.compile("[%$]\\((tenant_id|project_id)\\)s");

  private static final Pattern VERSIONED = Pattern.compile(".*/v\\d+(\\.\\d+)?(/[^/]*)?/?");

  private Catalogs() {}

  /**
   * The one compute URL for the auth's interface, region and service name, with the project id put
   * into a templated URL, and {@code /v2.1} added to an unversioned one.
   */
  static String computeEndpoint(JsonNode catalog, KeystoneAuth auth, @Nullable String projectId) {
    Set<String> matches = new LinkedHashSet<>();
    List<String> offers = new ArrayList<>();
    for (JsonNode service : catalog) {
      if (!"compute".equals(service.path("type").asText())) {
        continue;
      }
      String name = service.path("name").asText("");
      for (JsonNode endpoint : service.path("endpoints")) {
        String iface = endpoint.path("interface").asText("");
        String region = endpoint.path("region_id").asText(endpoint.path("region").asText(""));
        String url = endpoint.path("url").asText("");
        offers.add(
            name + " " + iface + " " + (region.isEmpty() ? "(no region)" : region) + " " + url);
        boolean nameMatches = auth.serviceName().map(name::equals).orElse(true);
        boolean regionMatches =
            auth.region()
                .map(r -> r.equals(region) || r.equals(endpoint.path("region").asText("")))
                .orElse(true);
        if (nameMatches && regionMatches && auth.interfaceType().equals(iface) && !url.isEmpty()) {
          matches.add(url);
        }
      }
    }
    String wanted =
        "interface "
            + auth.interfaceType()
            + auth.region().map(r -> ", region " + r).orElse("")
            + auth.serviceName().map(n -> ", service name " + n).orElse("");
    if (matches.size() != 1) {
      throw new IllegalStateException(
          (matches.isEmpty()
                  ? "No compute endpoint"
                  : "Several compute endpoints (" + matches.size() + ")")
              + " in the token's catalog for "
              + wanted
              + "; "
              + (offers.isEmpty()
                  ? "the catalog has no compute service"
                  : "it offers: " + String.join("; ", offers))
              + (matches.isEmpty() ? "" : ". Set the region or the service name."));
    }
    return versioned(substituteProject(matches.iterator().next(), projectId));
  }

  private static String substituteProject(String url, @Nullable String projectId) {
    if (!PROJECT_TEMPLATE.matcher(url).find()) {
      return url;
    }
    if (projectId == null) {
      throw new IllegalStateException(
          "The compute endpoint "
              + url
              + " needs a project id, but the token is not scoped to a project");
    }
    return PROJECT_TEMPLATE.matcher(url).replaceAll(projectId);
  }

  /** An unversioned catalog URL ({@code https://host/compute}) addresses Nova's current API, {@code v2.1}. */
  private static String versioned(String url) {
    if (VERSIONED.matcher(url).matches()) {
      return url;
    }
    return url.replaceAll("/+$", "") + "/v2.1";
  }
}
