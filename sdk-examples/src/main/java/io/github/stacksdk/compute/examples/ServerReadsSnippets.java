package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ConsoleProtocol;
import io.github.stacksdk.compute.ConsoleType;
import io.github.stacksdk.compute.ServersClient;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code of the section on a server's sub-resources in {@code docs/reads.md}; the guide shows
 * the tagged regions, and {@code ServerReadsSnippetsTest} runs them against canned Nova answers.
 */
final class ServerReadsSnippets {
  private ServerReadsSnippets() {}

  static void actions(ComputeClient compute, String id, Instant since, PrintStream out) {
    // tag::actions[]
    ServersClient servers = compute.servers();
    for (InstanceAction action : servers.actions(id)) { // newest first
      out.println(
          action.startTime().orElse(null)
              + " "
              + action.action().orElse("?")
              + " by "
              + action.userId().orElse("?")
              + " ("
              + action.requestId()
              + ")");
    }
    // from 2.58: paged, and filtered by when each action was last updated
    servers
        .actions(id, r -> r.changesSince(since).pageSize(50))
        .forEach(a -> out.println(a.action().orElse("?") + " " + a.updatedAt().orElse(null)));
    // end::actions[]
  }

  static void action(ComputeClient compute, String id, String requestId, PrintStream out) {
    // tag::action[]
    InstanceAction action = compute.servers().action(id, requestId);
    for (InstanceActionEvent event : action.events()) {
      out.println(event.event() + ": " + event.result().orElse("running"));
      event.details().ifPresent(why -> out.println("  " + why)); // 2.84, admins by default
    }
    // end::action[]
  }

  static Map<String, String> metadata(ComputeClient compute, String id) {
    // tag::metadata[]
    Map<String, String> metadata = compute.servers().metadata(id);
    // end::metadata[]
    return metadata;
  }

  static String metadataItem(ComputeClient compute, String id) {
    // tag::metadata-item[]
    String owner = compute.servers().metadataItem(id, "owner").orElse("nobody");
    // end::metadata-item[]
    return owner;
  }

  static List<String> tags(ComputeClient compute, String id) {
    // tag::tags[]
    List<String> tags = compute.servers().tags(id); // 2.26
    // end::tags[]
    return tags;
  }

  static boolean hasTag(ComputeClient compute, String id) {
    // tag::has-tag[]
    boolean canary = compute.servers().hasTag(id, "canary"); // 2.26
    // end::has-tag[]
    return canary;
  }

  static void volumeAttachments(ComputeClient compute, String id, PrintStream out) {
    // tag::volume-attachments[]
    for (VolumeAttachment attachment : compute.servers().volumeAttachments(id)) {
      out.println(attachment.volumeId() + " on " + attachment.device().orElse("?"));
    }
    // end::volume-attachments[]
  }

  static Optional<VolumeAttachment> volumeAttachment(
      ComputeClient compute, String id, String volumeId) {
    // tag::volume-attachment[]
    Optional<VolumeAttachment> attachment = compute.servers().volumeAttachment(id, volumeId);
    // end::volume-attachment[]
    return attachment;
  }

  static void addresses(ComputeClient compute, String id, PrintStream out) {
    // tag::addresses[]
    Map<String, List<Address>> byNetwork = compute.servers().addresses(id);
    byNetwork.forEach(
        (network, addresses) ->
            addresses.forEach(a -> out.println(network + " IPv" + a.version() + " " + a.addr())));
    List<Address> onPrivate = compute.servers().addresses(id, "private"); // empty if not on it
    // end::addresses[]
    onPrivate.forEach(a -> out.println("private " + a.addr()));
  }

  static String consoleOutput(ComputeClient compute, String id) {
    // tag::console-output[]
    String lastLines = compute.servers().consoleOutput(id, 50);
    String wholeLog = compute.servers().consoleOutput(id);
    // end::console-output[]
    return lastLines + "\n--\n" + wholeLog;
  }

  static Optional<String> remoteConsole(ComputeClient compute, String id) {
    // tag::remote-console[]
    try {
      RemoteConsole console =
          compute.servers().remoteConsole(id, ConsoleProtocol.VNC, ConsoleType.NOVNC); // 2.6
      return Optional.of(console.url()); // holds a token: hand it to the user, do not log it
    } catch (InvalidRequestException e) {
      return Optional.empty(); // "Unavailable console type novnc.": the cloud serves no VNC
    }
    // end::remote-console[]
  }
}
