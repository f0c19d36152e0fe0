package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Shows one server in full. */
public final class ShowServer {
  private ShowServer() {}

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
    // tag::show[]
    Server server = compute.getServer(id);
    Table table = new Table("FIELD", "VALUE");
    table.row("id", server.id());
    table.row("name", server.name().orElse("-"));
    table.row(
        "status",
        server.statusAsString().orElse("-")
            + " (power "
            + server.powerState().map(Object::toString).orElse("-")
            + ", vm "
            + server.vmStateAsString().orElse("-")
            + ", task "
            + server.taskStateAsString().orElse("-")
            + ")");
    table.row("flavor", Formats.flavor(server));
    table.row("image", server.image().map(image -> image.id()).orElse("- (booted from a volume)"));
    table.row("addresses", Formats.addresses(server));
    table.row("key name", server.keyName().orElse("-"));
    table.row("availability zone", server.availabilityZone().orElse("-"));
    table.row("host", server.host().orElse("-"));
    table.row("metadata", server.metadata().isEmpty() ? "-" : server.metadata().toString());
    table.row("tags", server.tags().isEmpty() ? "-" : String.join(", ", server.tags()));
    table.row(
        "security groups",
        server.securityGroups().stream()
            .map(ServerSecurityGroup::name)
            .collect(Collectors.joining(", ")));
    table.row("volumes", server.volumesAttached().size());
    table.row(
        "locked",
        server
            .locked()
            .map(locked -> locked + server.lockedReason().map(r -> " (" + r + ")").orElse(""))
            .orElse("-"));
    table.row("description", server.description().orElse("-"));
    table.row("created", Formats.time(server.created()));
    table.row("updated", Formats.time(server.updated()));
    table.row("launched", Formats.time(server.launchedAt()));
    table.row(
        "fault",
        server.fault().map(fault -> fault.code() + " " + fault.message().trim()).orElse("-"));
    table.print(out);
    // end::show[]
  }
}
