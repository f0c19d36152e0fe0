package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerMatch;
import io.github.stacksdk.compute.ServersClient;
import io.github.stacksdk.compute.exception.OutcomeUnknownException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.exception.WaitTimeoutException;
import io.github.stacksdk.compute.lifecycle.BlockDeviceMapping;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.NetworkRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The code of {@code docs/lifecycle.md}; the guide shows the tagged regions, and {@code
 * LifecycleSnippetsTest} runs them against {@code FakeCompute}.
 */
final class LifecycleSnippets {
  private LifecycleSnippets() {}

  static Server create(ComputeClient compute, String imageId, String networkId) {
    // tag::create[]
    CreatedServer created =
        compute
            .servers()
            .create(
                CreateServerRequest.builder()
                    .name("web-01")
                    .imageRef(imageId)
                    .flavorRef("1")
                    .networks(Networks.of(NetworkRequest.ofNetwork(networkId)))
                    .keyName("ops")
                    .userData("#cloud-config\npackages: [nginx]\n") // sent base64-encoded
                    .putMetadata("role", "web")
                    .build());
    String id = created.id().orElseThrow();
    Server server = compute.servers().waiter().untilStatus(id, ServerStatus.ACTIVE);
    // end::create[]
    return server;
  }

  static CreateServerRequest bootFromVolume(String imageId) {
    // tag::boot-from-volume[]
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("db-01")
            .flavorRef("2")
            .networks(Networks.auto())
            .addBlockDeviceMappings(BlockDeviceMapping.bootFromImage(imageId, 20)) // 20 GB volume
            .addBlockDeviceMappings(BlockDeviceMapping.ephemeral(10))
            .serverGroup("3b8d2d13-4b74-4c7a-bd49-3c1d1e8f0e5c") // os:scheduler_hints.group
            .build();
    // end::boot-from-volume[]
    return request;
  }

  static void actions(ComputeClient compute, String id) {
    // tag::actions[]
    ServersClient servers = compute.servers();
    servers.stop(id);
    servers.waiter().untilStatus(id, ServerStatus.SHUTOFF);
    servers.start(id);
    servers.waiter().untilStatus(id, ServerStatus.ACTIVE);
    servers.reboot(id, RebootType.HARD);
    servers.waiter().untilStatus(id, ServerStatus.ACTIVE); // most writes wait for the task to end
    servers.lock(id);
    try {
      servers.stop(id); // 409 for a non-admin, even the one who locked it
    } catch (ResourceConflictException e) {
      System.err.println(e.faultMessage()); // "Instance <id> is locked"
    }
    servers.unlock(id);
    servers.setMetadataItem(id, "owner", "team-a");
    String imageId = servers.createImage(id, "web-01-snapshot", Map.of("purpose", "backup"));
    // end::actions[]
    System.err.println(imageId);
  }

  static void waitWell(ComputeClient compute, String id, PrintStream out) {
    // tag::wait[]
    try {
      Server server =
          compute
              .servers()
              .waiter()
              .withTimeout(Duration.ofMinutes(10))
              .withInterval(Duration.ofSeconds(3))
              .untilStatus(id, ServerStatus.ACTIVE);
      out.println(server.name() + " is up");
    } catch (ServerErrorException e) {
      // at once, not at the timeout: the server went to ERROR
      out.println("build failed: " + e.fault().map(f -> f.message()).orElse("no fault"));
    } catch (WaitTimeoutException e) {
      out.println("still " + e.lastStatus().orElse(null) + "/" + e.lastTaskState().orElse(null));
    }
    // end::wait[]
  }

  static List<Server> waitForMany(ComputeClient compute, CreateServerRequest template, int count) {
    // tag::wait-many[]
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      CreatedServer created =
          compute.servers().create(template.toBuilder().name("worker-" + i).build());
      ids.add(created.id().orElseThrow());
    }
    // one GET per server, then one changes-since listing per interval for them all
    List<Server> active = compute.servers().waiter().untilStatus(ids, ServerStatus.ACTIVE);
    // end::wait-many[]
    return active;
  }

  static void deleteAndWait(ComputeClient compute, String id) {
    // tag::delete[]
    compute.servers().delete(id);
    compute.servers().waiter().untilDeleted(id);
    // end::delete[]
  }

  static CompletableFuture<Void> async(ComputeClient compute, CreateServerRequest request) {
    // tag::async[]
    CompletableFuture<Void> done =
        compute
            .async()
            .servers()
            .create(request)
            .thenCompose(
                created ->
                    compute
                        .async()
                        .servers()
                        .waiter()
                        .untilStatus(created.id().orElseThrow(), ServerStatus.ACTIVE))
            .thenAccept(server -> System.out.println(server.id() + " is ACTIVE"));
    // end::async[]
    return done;
  }

  static void createOnce(ComputeClient compute, CreateServerRequest request) {
    // tag::outcome-unknown[]
    try {
      compute.servers().create(request);
    } catch (OutcomeUnknownException e) {
      // The request may have reached Nova: look before creating again.
      // (findServer throws AmbiguousServerException if the name is not unique)
      Optional<Server> made = compute.findServer(ServerMatch.name(request.name()));
      System.err.println(made.isPresent() ? "it was created" : "it was not: create it again");
    }
    // end::outcome-unknown[]
  }
}
