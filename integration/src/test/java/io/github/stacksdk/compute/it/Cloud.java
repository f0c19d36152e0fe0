package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A cloud holding the seed of {@code integration/nova/seed.sh}: the real Nova, or our fake seeded
 * the same way. The scenarios run against each, so the fake is held to what Nova does.
 */
abstract class Cloud {
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
  static final ObjectMapper JSON = new ObjectMapper();
  static final OkHttpClient RAW = new OkHttpClient.Builder().callTimeout(CALL_TIMEOUT).build();

  /** The compute URL, such as {@code http://127.0.0.1:8774/v2.1}. */
  abstract String endpoint();

  /** The token of the seed's admin project. */
  abstract String adminToken();

  /** The token of the seed's {@code demo} project. */
  abstract String demoToken();

  /** The instant after which the seed stopped and paused its servers. */
  abstract Instant changesSince();

  /** The id of the seed's image {@code cirros-fake} ({@code IMG_A}) or {@code ubuntu-fake} ({@code IMG_B}). */
  abstract String imageId(String key);

  /**
   * Creates a server (flavor 1, image {@code IMG_A}, no network) in a project of its own for a
   * test and returns its id once Nova lists it as ACTIVE. The SDK has no create call yet.
   */
  abstract String createServer(String project, String name);

  /** Deletes a server that {@link #createServer} made and returns once Nova no longer shows it. */
  abstract void deleteServer(String project, String id);

  /** Renames a server ({@code PUT /servers/{id}}) and returns once Nova shows the new name. */
  abstract void renameServer(String project, String id, String name);

  /** Stops a server ({@code os-stop}) and returns once Nova shows it SHUTOFF, with no task. */
  abstract void stopServer(String project, String id);

  /** Locks a server ({@code lock}, without a reason) and returns once Nova shows it locked. */
  abstract void lockServer(String project, String id);

  /** Unlocks a server ({@code unlock}): a member cannot delete a locked one (409). */
  abstract void unlockServer(String project, String id);

  /** Tags a server ({@code PUT /servers/{id}/tags/{tag}}, which Nova does at once). */
  abstract void tagServer(String project, String id, String tag);

  /**
   * Purges every deleted server of the cloud, as {@code nova-manage db archive_deleted_rows
   * --until-complete} does; skips the test where the suite cannot run it.
   */
  abstract void purgeDeletedServers();

  /** The time between two polls of a waiter: a real build takes seconds, the fake's none. */
  abstract Duration pollInterval();

  /**
   * Sets a project's instances quota as the admin ({@code PUT /os-quota-sets/{project}}; the SDK
   * has no quota API). The fake has one quota for every project.
   */
  abstract void setInstancesQuota(String project, int instances);

  /** Takes back what {@link #setInstancesQuota} set: the project has the cloud's defaults again. */
  abstract void resetQuota(String project);

  /**
   * Makes the next build fail as a flavor larger than every host does: on the real Nova the
   * scheduler does that by itself (flavor 99 of the seed); the fake is told to.
   */
  abstract void failNextBuildWithNoValidHost();

  /**
   * Removes an image that a test had Nova make (a snapshot): from Glance on the real Nova, which
   * the fake has none of. Returns the image's name and status before, or empty when the cloud
   * has no image service to ask.
   */
  abstract java.util.Optional<String> deleteImage(String imageId);

  /**
   * Imports a key pair as the member of a project ({@code POST /os-keypairs}; the SDK has no call
   * that makes one yet). Under noauth2 the member's user has the project's name.
   */
  abstract void createKeypair(String project, String name, String publicKey);

  /** Deletes a key pair of the member of a project ({@code DELETE /os-keypairs/{name}}). */
  abstract void deleteKeypair(String project, String name);

  /**
   * Creates a server group as the member of a project ({@code POST /os-server-groups} at 2.64)
   * and returns its id.
   *
   * @param rules its rules, such as {@code max_server_per_host} of {@code anti-affinity}; none
   *     when empty
   */
  abstract String createServerGroup(
      String project, String name, String policy, Map<String, Integer> rules);

  /** Deletes a server group of a project ({@code DELETE /os-server-groups/{id}}) as its member. */
  abstract void deleteServerGroup(String project, String id);

  /**
   * Creates a private flavor as the admin ({@code POST /flavors} with {@code
   * os-flavor-access:is_public} false), gives a project access to it ({@code addTenantAccess}) and
   * sets its extra specs ({@code POST /flavors/{id}/os-extra_specs}).
   */
  abstract void createPrivateFlavor(
      String id,
      String name,
      int vcpus,
      int ramMb,
      int diskGb,
      String project,
      Map<String, String> extraSpecs);

  /** Deletes a flavor that {@link #createPrivateFlavor} made ({@code DELETE /flavors/{id}}). */
  abstract void deleteFlavor(String id);

  /** The noauth2 token of a member (not an admin) of a project of a test's own. */
  static String memberToken(String project) {
    return project + ":" + project;
  }

  /** A client as a member of a project of a test's own. */
  final ComputeClient.Builder member(String project) {
    return admin().token(memberToken(project));
  }

  /** A client as the admin project, at the server's default microversion. */
  final ComputeClient.Builder admin() {
    return ComputeClient.builder()
        .endpoint(endpoint())
        .token(adminToken())
        .callTimeout(CALL_TIMEOUT);
  }

  final ComputeClient.Builder demo() {
    return admin().token(demoToken());
  }

  /** The highest microversion the server offers, from its version document. */
  final String maxMicroversion() {
    JsonNode version = getJson(endpoint().replaceAll("/+$", "") + "/").path("version");
    String max = version.path("version").asText("");
    assertThat(max).as("version document of %s", endpoint()).matches("2\\.\\d+");
    return max;
  }

  /** Status code of a GET sent around the SDK, to show what the server itself does with a request. */
  final int rawGetStatus(String pathAndQuery) {
    Request request =
        new Request.Builder()
            .url(endpoint() + pathAndQuery)
            .header("X-Auth-Token", adminToken())
            .build();
    try (Response response = RAW.newCall(request).execute()) {
      return response.code();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON body of a GET sent around the SDK. */
  final JsonNode getJson(String url, String... headers) {
    Request.Builder request = new Request.Builder().url(url).header("X-Auth-Token", adminToken());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = RAW.newCall(request.build()).execute()) {
      assertThat(response.code()).as("GET %s", url).isEqualTo(200);
      return JSON.readTree(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed names every server, so a listed server without a name is a parse failure. */
  static String nameOf(Server server) {
    return server
        .name()
        .orElseThrow(() -> new AssertionError("server without a name: " + server.id()));
  }

  /** Counts the calls the SDK made and the connections it opened, through {@code httpClient(..)}. */
  static final class Connections extends EventListener {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger connects = new AtomicInteger();

    /** The token of the last request that carried one. */
    final AtomicReference<String> lastToken = new AtomicReference<>();

    OkHttpClient client() {
      return new OkHttpClient.Builder()
          .eventListener(this)
          .addInterceptor(
              chain -> {
                String token = chain.request().header("X-Auth-Token");
                if (token != null) {
                  lastToken.set(token);
                }
                return chain.proceed(chain.request());
              })
          .build();
    }

    @Override
    public void callStart(Call call) {
      calls.incrementAndGet();
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      connects.incrementAndGet();
    }
  }
}
