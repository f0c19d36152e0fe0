package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServersClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.keypair.Keypair;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shows what surrounds one server: its flavor, key pair and availability zone, its volumes, and
 * the last actions taken on it with the events of the newest, each read with its own call.
 */
public final class DescribeServer {
  /** The actions shown, newest first. */
  static final int LAST_ACTIONS = 5;

  private DescribeServer() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args optionally the server id (default: the newest active server)
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      String id = args.length > 0 ? args[0] : Examples.newestActiveServerId(cloud.compute());
      run(cloud.compute(), System.out, id);
    }
  }

  static void run(ComputeClient compute, PrintStream out, String id) {
    // tag::describe[]
    Server server = compute.getServer(id);
    ServersClient servers = compute.servers();
    out.println("Server " + server.name().orElse(id) + " (" + id + ")");

    // The server names its flavor by id before microversion 2.47 and by name from it: find()
    // takes either. A flavor deleted since the server was built is found no more.
    Optional<String> flavorRef = server.flavor().flatMap(f -> f.id().or(() -> f.originalName()));
    Optional<Flavor> flavor = flavorRef.flatMap(compute.flavors()::find);
    out.println(
        "  flavor: "
            + flavor
                .map(f -> f.name().orElse(f.id()) + ", " + size(f))
                .orElse(flavorRef.orElse("-") + " (no longer listed)"));

    // Key pairs belong to users: another user's (an administrator's view) is not found.
    out.println(
        "  key pair: "
            + server
                .keyName()
                .map(
                    name ->
                        compute
                            .keypairs()
                            .find(name)
                            .map(k -> name + ", " + k.type().orElse("ssh") + " " + fingerprint(k))
                            .orElse(name + " (not one of this user's)"))
                .orElse("-"));

    String zone = server.availabilityZone().orElse("-");
    boolean zoneAvailable =
        compute.availabilityZones().list().stream()
            .anyMatch(z -> z.name().equals(zone) && z.available().orElse(false));
    out.println("  zone: " + zone + (zoneAvailable ? " (available)" : ""));

    List<VolumeAttachment> volumes =
        servers.volumeAttachments(id).stream().collect(Collectors.toList());
    out.println(
        "  volumes: "
            + (volumes.isEmpty()
                ? "none"
                : volumes.stream()
                    .map(v -> v.device().orElse("?") + " " + v.volumeId())
                    .collect(Collectors.joining(", "))));

    List<InstanceAction> actions;
    try (var newestFirst = servers.actions(id).stream()) {
      actions = newestFirst.limit(LAST_ACTIONS).collect(Collectors.toList());
    }
    if (actions.isEmpty()) {
      out.println("  last actions: none recorded");
    } else {
      out.println("  last actions:");
      Table table = new Table("ACTION", "STARTED", "REQUEST", "MESSAGE");
      for (InstanceAction action : actions) {
        table.row(
            action.action().orElse("?"),
            Formats.time(action.startTime()),
            action.requestId(),
            action.message().orElse("-"));
      }
      table.print(out);
      InstanceAction newest = servers.action(id, actions.get(0).requestId());
      for (InstanceActionEvent event : newest.events()) {
        out.println(
            "    "
                + newest.action().orElse("?")
                + ": "
                + event.event()
                + " "
                + event.result().orElse("(running)"));
      }
    }
    // end::describe[]
  }

  private static String size(Flavor f) {
    return f.vcpus().orElse(0)
        + " vCPU, "
        + f.ram().orElse(0)
        + " MiB, "
        + f.disk().orElse(0)
        + " GiB";
  }

  private static String fingerprint(Keypair keypair) {
    return keypair.fingerprint().orElse("");
  }
}
