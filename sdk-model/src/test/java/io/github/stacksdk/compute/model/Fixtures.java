package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the response bodies under {@code src/test/resources/fixtures/} and parses them. */
final class Fixtures {
  static final ObjectMapper MAPPER = ModelJson.mapper();

  private Fixtures() {}

  /**
   * Whether the file is an answer to {@code POST /servers}, whose {@code server} is not a {@link
   * Server} but a {@link CreatedServer}.
   */
  static boolean isCreateResponse(String path) {
    return path.endsWith("server-create-resp.json");
  }

  /**
   * The api-sample folders of resources other than servers (flavors, key pairs, availability
   * zones, server groups, limits, quotas, instance actions, volume attachments, consoles,
   * hypervisors, services, diagnostics), which the server-body scans skip by path.
   */
  static final List<String> NON_SERVER_SAMPLE_FOLDERS =
      List.of(
          "nova-api-samples/flavors/",
          "nova-api-samples/flavor-manage/",
          "nova-api-samples/flavor-access/",
          "nova-api-samples/flavor-extra-specs/",
          "nova-api-samples/os-keypairs/",
          "nova-api-samples/os-availability-zone/",
          "nova-api-samples/os-server-groups/",
          "nova-api-samples/limits/",
          "nova-api-samples/os-quota-sets/",
          "nova-api-samples/os-instance-actions/",
          "nova-api-samples/os-volume_attachments/",
          "nova-api-samples/os-remote-consoles/",
          "nova-api-samples/os-console-output/",
          "nova-api-samples/os-hypervisors/",
          "nova-api-samples/os-services/",
          "nova-api-samples/os-server-diagnostics/");

  /** Whether the file is an api-sample of a resource other than servers. */
  static boolean isNonServerSample(String path) {
    return NON_SERVER_SAMPLE_FOLDERS.stream().anyMatch(path::startsWith);
  }

  /** The text of {@code fixtures/<path>}. */
  static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The servers of a {@code {"servers": [...]}} or {@code {"server": {...}}} body. */
  static List<Server> servers(String path) {
    try {
      ServersBody body = MAPPER.readValue(read(path), ServersBody.class);
      List<Server> servers = new ArrayList<>(body.servers);
      if (body.server != null) {
        servers.add(body.server);
      }
      return servers;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /** The only server of a body. */
  static Server server(String path) {
    List<Server> servers = servers(path);
    if (servers.size() != 1) {
      throw new IllegalArgumentException(path + " holds " + servers.size() + " servers");
    }
    return servers.get(0);
  }

  /** The virtual interfaces of a {@code {"virtual_interfaces": [...]}} body. */
  static List<VirtualInterface> virtualInterfaces(String path) {
    try {
      return MAPPER.readValue(read(path), VirtualInterfacesBody.class).virtualInterfaces;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * The attachments of a {@code {"interfaceAttachments": [...]}} or {@code
   * {"interfaceAttachment": {...}}} body.
   */
  static List<InterfaceAttachment> interfaceAttachments(String path) {
    try {
      InterfaceAttachmentsBody body = MAPPER.readValue(read(path), InterfaceAttachmentsBody.class);
      List<InterfaceAttachment> attachments = new ArrayList<>(body.interfaceAttachments);
      if (body.interfaceAttachment != null) {
        attachments.add(body.interfaceAttachment);
      }
      return attachments;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /** The body as a tree, to compare the models with what was sent. */
  static JsonNode tree(String path) {
    try {
      return MAPPER.readTree(read(path));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /** A server parsed from JSON text. */
  static Server parseServer(String json) {
    try {
      return MAPPER.readValue(json, Server.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server written as JSON and read back. */
  static Server roundTrip(Server server) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(server), Server.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class ServersBody {
    @JsonProperty("servers")
    List<Server> servers = new ArrayList<>();

    @JsonProperty("server")
    Server server;
  }

  static final class VirtualInterfacesBody {
    @JsonProperty("virtual_interfaces")
    List<VirtualInterface> virtualInterfaces = new ArrayList<>();
  }

  static final class InterfaceAttachmentsBody {
    @JsonProperty("interfaceAttachments")
    List<InterfaceAttachment> interfaceAttachments = new ArrayList<>();

    @JsonProperty("interfaceAttachment")
    InterfaceAttachment interfaceAttachment;
  }
}
