package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;

/**
 * A server's consoles: {@code os-getConsoleOutput} ({@code console_output.py}), the remote
 * consoles of {@code POST /servers/{id}/remote-consoles} from 2.6 and their older actions ({@code
 * os-getVNCConsole} and the like, before 2.6) ({@code remote_consoles.py}), as a Nova with its
 * default console settings answers them: only noVNC is enabled, at a URL on the fake's own
 * address with a new token each time. The console output is Nova's fake virt driver's unless a
 * test set another.
 */
final class ConsoleResources {
  /** {@code nova/virt/fake.py get_console_output}. */
  static final String DEFAULT_OUTPUT = "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE";

  /** The console actions before 2.6, and the type each one's schema allows. */
  private static final Map<String, List<String>> OLD_ACTIONS =
      Map.of(
          "os-getVNCConsole", List.of("novnc", "xvpvnc"),
          "os-getSPICEConsole", List.of("spice-html5"),
          "os-getRDPConsole", List.of("rdp-html5"),
          "os-getSerialConsole", List.of("serial"));

  private static final Map<String, String> OLD_PROTOCOLS =
      Map.of(
          "os-getVNCConsole", "vnc",
          "os-getSPICEConsole", "spice",
          "os-getRDPConsole", "rdp",
          "os-getSerialConsole", "serial");

  private final ServerLookup servers;
  private final Map<String, String> outputs = new ConcurrentHashMap<>();

  ConsoleResources(ServerLookup servers) {
    this.servers = servers;
  }

  /** Whether an action body's key is one of these. */
  static boolean isConsoleAction(String key) {
    return key.equals("os-getConsoleOutput") || OLD_ACTIONS.containsKey(key);
  }

  /** Sets what a server's console has printed. */
  void output(String serverId, String text) {
    outputs.put(serverId, text);
  }

  void clear() {
    outputs.clear();
  }

  /** {@code POST /servers/{id}/action} with a console action. */
  MockResponse.Builder action(ComputeRequest r, String serverId, ObjectNode body, String key) {
    if (key.equals("os-getConsoleOutput")) {
      return consoleOutput(r, serverId, body);
    }
    if (r.atLeast(6)) {
      // The action's method exists only before 2.6: VersionNotFoundForAPIMethod.
      throw NovaFault.notFound("The resource could not be found.");
    }
    List<String> types = Objects.requireNonNull(OLD_ACTIONS.get(key));
    JsonNode arg = body.get(key);
    if (!arg.isObject()) {
      throw NovaSchema.invalid(key, arg, NovaSchema.repr(arg) + " is not of type 'object'");
    }
    ObjectNode console = (ObjectNode) arg;
    enumerated(console, "type", types);
    NovaSchema.require(key, console, "type");
    NovaSchema.noOthers(key, console, Set.of("type"));
    NovaSchema.noOthers("", body, Set.of(key));
    // The policy comes before the server here, with the caller's own project as its target.
    Server s = servers.visible(serverId, r.caller).server;
    String type = console.get("type").asText();
    String url = url(r, s, Objects.requireNonNull(OLD_PROTOCOLS.get(key)), type, false);
    ObjectNode out = Responses.object();
    out.putObject("console").put("type", type).put("url", url);
    return Responses.json(200, out);
  }

  private MockResponse.Builder consoleOutput(ComputeRequest r, String serverId, ObjectNode body) {
    JsonNode arg = body.get("os-getConsoleOutput");
    Integer length = null;
    if (!arg.isObject()) {
      throw NovaSchema.invalid(
          "os-getConsoleOutput", arg, NovaSchema.repr(arg) + " is not of type 'object'");
    }
    ObjectNode options = (ObjectNode) arg;
    JsonNode lengthNode = options.get("length");
    if (lengthNode != null && !lengthNode.isNull()) {
      length = length(lengthNode);
    }
    NovaSchema.noOthers("os-getConsoleOutput", options, Set.of("length"));
    NovaSchema.noOthers("", body, Set.of("os-getConsoleOutput"));
    Server s = servers.visible(serverId, r.caller).server;
    r.caller.requireReader("os_compute_api:os-console-output", servers.tenantOf(s));
    // check_instance_host: Nova asks the compute host, so a server without one is not ready.
    if (s.host().filter(h -> !h.isEmpty()).isEmpty()) {
      throw NovaFault.conflict("Instance " + s.id() + " is not ready");
    }
    String output = outputs.getOrDefault(s.id(), DEFAULT_OUTPUT);
    if (length != null) {
      output = tail(output, length);
    }
    // The compute manager decodes the output as ASCII with replacement characters, and
    // console_output.py strips the control characters but tab and newline.
    output =
        output.replaceAll("[^\\x00-\\x7F]", "\uFFFD").replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "");
    ObjectNode out = Responses.object().put("output", output);
    return Responses.json(200, out);
  }

  /**
   * The {@code length} schema: an integer or a string of digits, at least -1. Jsonschema checks
   * the type, the pattern, then the minimum.
   */
  private static int length(JsonNode value) {
    if (!value.isIntegralNumber() && !value.isTextual()) {
      throw NovaSchema.invalid(
          "length", value, NovaSchema.repr(value) + " is not of type 'integer', 'string', 'null'");
    }
    String text = value.asText();
    if (value.isTextual() && !text.matches("^-?[0-9]+$")) {
      throw NovaSchema.invalid(
          "length", value, NovaSchema.repr(value) + " does not match '^-?[0-9]+$'");
    }
    BigInteger number = new BigInteger(text);
    if (number.compareTo(BigInteger.valueOf(-1)) < 0) {
      throw NovaSchema.invalid("length", value, text + " is less than the minimum of -1");
    }
    return number.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
  }

  /**
   * The compute manager's {@code _tail_log}: the last {@code length} lines, none for 0; and, as
   * Python slices {@code [-length:]}, -1 drops the first line instead of meaning "all".
   */
  private static String tail(String output, int length) {
    if (length == 0) {
      return "";
    }
    List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
    int from = length < 0 ? Math.min(-length, lines.size()) : Math.max(0, lines.size() - length);
    return String.join("\n", lines.subList(from, lines.size()));
  }

  /** {@code POST /servers/{id}/remote-consoles}, from 2.6. */
  MockResponse.Builder remoteConsole(ComputeRequest r, String serverId) {
    if (!r.atLeast(6)) {
      throw NovaFault.notFound("The resource could not be found.");
    }
    r.requireMethod("POST");
    ObjectNode body = r.body();
    List<String> protocols = new ArrayList<>(List.of("vnc", "spice", "rdp", "serial"));
    List<String> types =
        new ArrayList<>(List.of("novnc", "xvpvnc", "rdp-html5", "spice-html5", "serial"));
    if (r.atLeast(8)) {
      protocols.add("mks");
      types.add("webmks");
    }
    if (r.atLeast(99)) {
      types.add("spice-direct");
    }
    JsonNode arg = body.get("remote_console");
    if (arg != null) {
      if (!arg.isObject()) {
        throw NovaSchema.invalid(
            "remote_console", arg, NovaSchema.repr(arg) + " is not of type 'object'");
      }
      ObjectNode console = (ObjectNode) arg;
      enumerated(console, "protocol", protocols);
      enumerated(console, "type", types);
      NovaSchema.require("remote_console", console, "protocol", "type");
      NovaSchema.noOthers("remote_console", console, Set.of("protocol", "type"));
    }
    NovaSchema.require("", body, "remote_console");
    NovaSchema.noOthers("", body, Set.of("remote_console"));
    ObjectNode console = (ObjectNode) body.get("remote_console");
    Server s = servers.visible(serverId, r.caller).server;
    r.caller.requireReader("os_compute_api:os-remote-consoles", servers.tenantOf(s));
    String protocol = console.get("protocol").asText();
    String type = console.get("type").asText();
    String url = url(r, s, protocol, type, true);
    ObjectNode out = Responses.object();
    out.putObject("remote_console").put("protocol", protocol).put("type", type).put("url", url);
    return Responses.json(200, out);
  }

  /**
   * The compute API's checks, then the compute manager's: a host ({@code check_instance_host}),
   * no delete or migration under way, the protocol enabled (only VNC is, by default) and the type
   * its own; then a token and the proxy's URL.
   */
  private static String url(
      ComputeRequest r, Server s, String protocol, String type, boolean create) {
    if (s.host().filter(h -> !h.isEmpty()).isEmpty()) {
      throw NovaFault.conflict("Instance " + s.id() + " is not ready");
    }
    String task = NovaStates.taskState(s);
    if ("deleting".equals(task) || "migrating".equals(task)) {
      // reject_instance_state raises InstanceInvalidState, which only the VNC action expects.
      if (create || !protocol.equals("vnc")) {
        throw NovaFault.unexpected("nova.exception.InstanceInvalidState");
      }
      throw NovaFault.conflict(
          "Cannot 'get_"
              + protocol
              + "_console' instance "
              + s.id()
              + " while it is in task_state "
              + task);
    }
    if (!protocol.equals("vnc")) {
      throw NovaFault.badRequest("Unavailable console type " + type + ".");
    }
    if (!type.equals("novnc")) {
      throw NovaFault.badRequest("Invalid console type " + type);
    }
    // console_auth_token.access_url: noVNC takes the token in its path parameter.
    return r.baseUrl() + "/vnc_auto.html?path=%3Ftoken%3D" + UUID.randomUUID();
  }

  /** A string enum property, as jsonschema reports it. */
  private static void enumerated(ObjectNode object, String key, List<String> values) {
    JsonNode value = object.get(key);
    if (value == null) {
      return;
    }
    if (!value.isTextual()) {
      throw NovaSchema.invalid(key, value, NovaSchema.repr(value) + " is not of type 'string'");
    }
    if (!values.contains(value.asText())) {
      List<String> reprs = new ArrayList<>();
      values.forEach(v -> reprs.add("'" + v + "'"));
      throw NovaSchema.invalid(
          key, value, NovaSchema.repr(value) + " is not one of [" + String.join(", ", reprs) + "]");
    }
  }
}
