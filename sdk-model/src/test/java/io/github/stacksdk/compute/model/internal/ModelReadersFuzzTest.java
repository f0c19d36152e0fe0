package io.github.stacksdk.compute.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.internal.JsonReading.ValueReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds the model readers thousands of bodies made from the real ones under {@code fixtures/}: cut,
 * byte-flipped, spliced, with values retyped, required keys dropped or renamed, keys duplicated,
 * and deeply nested or huge values, plus random bytes. Whatever the input, a reader either returns
 * a model or throws an {@link IOException} (Jackson's parse errors are ones), which the client
 * turns into a {@code ComputeClientException}; never a {@code NullPointerException}, {@code
 * ClassCastException}, an Immutables builder's {@code IllegalStateException}, a {@code
 * StackOverflowError} or any other unchecked throwable. A model that was read can be printed and
 * written back as JSON.
 *
 * <p>The server models' readers are fuzzed from the server bodies, object by object; the body
 * readers of the other resources ({@code FlavorJson.readBody}, {@code HypervisorJson.readPage}…)
 * from the whole api-samples of their resource, as the client hands them a response.
 *
 * <p>Each case draws from its own {@code Random(seed, case)}, so the seed and case number in a
 * failure reproduce it: {@code -Dfuzz.seed=N} replays a run with another seed.
 */
@Timeout(120)
final class ModelReadersFuzzTest {
  private static final ObjectMapper MAPPER = ModelJson.mapper();
  private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
  private static final int CASES = Integer.getInteger("fuzz.cases", 4000);
  private static final int BODY_CASES = Integer.getInteger("fuzz.bodyCases", 8000);
  private static final String JSONISH = "{}[]\":,-+.eE0123456789 \n\t\\/abcnrtuflsTFN";

  private static final Seeds SEEDS = Seeds.load();

  /** One model: its reader, its Jackson type, and the real bodies it is fuzzed from. */
  private enum Model {
    SERVER(ServerJson::read, Server.class),
    VIRTUAL_INTERFACE(VirtualInterfaceJson::read, VirtualInterface.class),
    INTERFACE_ATTACHMENT(InterfaceAttachmentJson::read, InterfaceAttachment.class);

    final ValueReader<?> reader;
    final Class<?> type;

    Model(ValueReader<?> reader, Class<?> type) {
      this.reader = reader;
      this.type = type;
    }
  }

  /**
   * One body reader of a resource other than servers, which reads a whole response from a parser
   * before its first token, and the api-sample folders of its resource. It is fuzzed from the
   * samples of these folders that it reads as they are.
   */
  private enum Body {
    FLAVOR(FlavorJson::readBody, "flavors/", "flavor-manage/"),
    FLAVOR_PAGE(FlavorJson::readPage, "flavors/"),
    FLAVOR_SUMMARY_PAGE(FlavorJson::readSummaryPage, "flavors/"),
    FLAVOR_ACCESS_LIST(FlavorJson::readAccessList, "flavor-access/"),
    FLAVOR_EXTRA_SPECS(FlavorJson::readExtraSpecs, "flavor-extra-specs/"),
    FLAVOR_EXTRA_SPEC(FlavorJson::readExtraSpec, "flavor-extra-specs/"),
    KEYPAIR(KeypairJson::readBody, "os-keypairs/"),
    KEYPAIR_PAGE(KeypairJson::readPage, "os-keypairs/"),
    AVAILABILITY_ZONES(AvailabilityZoneJson::readList, "os-availability-zone/"),
    SERVER_GROUP(ServerGroupJson::readBody, "os-server-groups/"),
    SERVER_GROUPS(ServerGroupJson::readListBody, "os-server-groups/"),
    LIMITS(LimitsJson::readBody, "limits/"),
    QUOTA_SET(QuotaSetJson::readBody, "os-quota-sets/"),
    QUOTA_SET_DETAIL(QuotaSetDetailJson::readBody, "os-quota-sets/"),
    INSTANCE_ACTION(InstanceActionJson::readBody, "os-instance-actions/"),
    INSTANCE_ACTION_PAGE(InstanceActionJson::readPage, "os-instance-actions/"),
    VOLUME_ATTACHMENT(VolumeAttachmentJson::readBody, "os-volume_attachments/"),
    VOLUME_ATTACHMENTS(VolumeAttachmentJson::readList, "os-volume_attachments/"),
    REMOTE_CONSOLE(RemoteConsoleJson::readBody, "os-remote-consoles/"),
    CONSOLE_ACTION(RemoteConsoleJson::readActionBody, "os-remote-consoles/"),
    CONSOLE_OUTPUT(RemoteConsoleJson::readOutputBody, "os-console-output/"),
    HYPERVISOR(HypervisorJson::readBody, "os-hypervisors/"),
    HYPERVISOR_PAGE(HypervisorJson::readPage, "os-hypervisors/"),
    HYPERVISOR_SUMMARY_PAGE(HypervisorJson::readSummaryPage, "os-hypervisors/"),
    HYPERVISOR_STATISTICS(HypervisorJson::readStatistics, "os-hypervisors/"),
    SERVICE(ComputeServiceJson::readBody, "os-services/"),
    SERVICES(ComputeServiceJson::readList, "os-services/"),
    SERVER_DIAGNOSTICS(ServerDiagnosticsJson::readBody, "os-server-diagnostics/");

    final ValueReader<?> reader;
    final List<String> folders;

    Body(ValueReader<?> reader, String... folders) {
      this.reader = reader;
      this.folders = List.of(folders);
    }
  }

  @Test
  void readers_randomAndMutatedBodies_returnAModelOrThrowOnlyIoExceptions() {
    int read = 0;
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      Random random = new Random(caseSeed(SEED, i));
      Model model = Model.values()[i % Model.values().length];
      byte[] body = body(random, SEEDS.of(model));
      String where = "seed " + SEED + ", case " + i + " (" + model + "): " + show(body);
      boolean viaMapper = random.nextInt(4) == 0;
      Object value;
      try {
        value = viaMapper ? MAPPER.readValue(body, model.type) : readDirectly(model.reader, body);
      } catch (IOException expected) {
        assertThat(expected.getMessage()).as(where).isNotBlank();
        refused++;
        continue;
      } catch (Throwable unexpected) { // NOPMD: the point is to catch anything else
        throw new AssertionError("unexpected " + unexpected + " at " + where, unexpected);
      }
      if (value != null) {
        assertUsable(value, where);
        read++;
      }
    }
    // The mutations are meant to break bodies, but not every one of them.
    assertThat(read).as("cases read into a model").isGreaterThan(CASES / 20);
    assertThat(refused).as("cases refused").isGreaterThan(CASES / 4);
  }

  @Test
  void bodyReaders_randomAndMutatedBodies_returnABodyOrThrowOnlyIoExceptions() {
    int read = 0;
    int refused = 0;
    Map<Body, Integer> readByBody = new java.util.EnumMap<>(Body.class);
    for (int i = 0; i < BODY_CASES; i++) {
      Random random = new Random(caseSeed(SEED, CASES + i));
      Body reader = Body.values()[i % Body.values().length];
      byte[] body = body(random, SEEDS.of(reader));
      String where = "seed " + SEED + ", body case " + i + " (" + reader + "): " + show(body);
      Object value;
      try {
        value = readBody(reader.reader, body);
      } catch (IOException expected) {
        assertThat(expected.getMessage()).as(where).isNotBlank();
        refused++;
        continue;
      } catch (Throwable unexpected) { // NOPMD: the point is to catch anything else
        throw new AssertionError("unexpected " + unexpected + " at " + where, unexpected);
      }
      assertThat(value).as(where).isNotNull();
      assertUsable(value, where);
      readByBody.merge(reader, 1, Integer::sum);
      read++;
    }
    assertThat(read).as("cases read into a body").isGreaterThan(BODY_CASES / 20);
    assertThat(refused).as("cases refused").isGreaterThan(BODY_CASES / 4);
    // Each reader got bodies it could read, not only broken ones.
    assertThat(readByBody).as("bodies read, by reader").containsOnlyKeys(Body.values());
  }

  @Test
  void readers_deepNesting_failWithAParseErrorNotAStackOverflow() {
    for (Model model : Model.values()) {
      for (String open : new String[] {"[", "{\"a\":", "{\"id\":[", "{\"metadata\":{\"k\":"}) {
        String body = open.repeat(100_000);
        try {
          readDirectly(model.reader, body.getBytes(StandardCharsets.UTF_8));
          fail("read " + model + " from " + show(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
    }
  }

  @Test
  void bodyReaders_deepNesting_failWithAParseErrorNotAStackOverflow() {
    // A prefix that leads into a reader's own fields, then one level repeated 100,000 times.
    String[][] nestings = {
      {"", "["},
      {"", "{\"a\":"},
      {"{\"hypervisor\":", "{\"cpu_info\":"},
      {"{\"hypervisor\":{\"cpu_info\":{\"a\":", "["},
      {"{\"hypervisors\":[{\"servers\":[", "{\"uuid\":["},
      {"{\"services\":[{\"binary\":\"b\",\"host\":\"h\",\"x\":", "[{\"k\":"},
      {"{\"nic_details\":[", "["},
      {"{\"state\":\"running\",\"x\":", "{\"cpu_details\":"},
      {"{\"flavor\":{\"id\":\"1\",\"extra_specs\":", "{\"k\":"},
      {"{\"limits\":{\"absolute\":{\"x\":", "["}
    };
    for (Body reader : Body.values()) {
      for (String[] nesting : nestings) {
        byte[] body = (nesting[0] + nesting[1].repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        try {
          readBody(reader.reader, body);
          fail("read " + reader + " from " + show(body));
        } catch (IOException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
    }
  }

  /** A well-mixed seed for case {@code i} (SplitMix64): neighbouring seeds of Random start alike. */
  private static long caseSeed(long seed, int i) {
    long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static Object readDirectly(ValueReader<?> reader, byte[] body) throws IOException {
    try (JsonParser p = MAPPER.getFactory().createParser(body)) {
      p.nextToken();
      return reader.read(p);
    }
  }

  /** Reads a whole body as the client does, from a parser before its first token. */
  private static Object readBody(ValueReader<?> reader, byte[] body) throws IOException {
    try (JsonParser p = MAPPER.getFactory().createParser(body)) {
      return reader.read(p);
    }
  }

  private static void assertUsable(Object body, String where) {
    // A page is no model, its items are.
    Object value = body instanceof ModelBodies.Page ? ((ModelBodies.Page<?>) body).items() : body;
    try {
      assertThat(value.toString()).as(where).isNotNull();
      assertThat(value).as(where).isEqualTo(value).hasSameHashCodeAs(value);
      assertThat(MAPPER.writeValueAsBytes(value)).as(where).isNotEmpty();
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(
          "a model that was read could not be printed or written at " + where, e);
    }
  }

  // ---------------------------------------------------------------- bodies

  private static byte[] body(Random random, List<JsonNode> seeds) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return randomBytes(random);
    }
    JsonNode seed = pick(random, seeds).deepCopy();
    if (kind <= 5) {
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        seed = mutateTree(random, seed);
      }
      return bytes(seed);
    }
    byte[] text = bytes(seed);
    int mutations = 1 + random.nextInt(2);
    for (int m = 0; m < mutations; m++) {
      text = mutateText(random, text, seeds);
    }
    return text;
  }

  /** A structural change at a random place: a value retyped, a key dropped or renamed. */
  private static JsonNode mutateTree(Random random, JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    if (containers.isEmpty()) {
      return randomValue(random, 0);
    }
    JsonNode target = pick(random, containers);
    if (target instanceof ObjectNode && target.size() > 0) {
      ObjectNode object = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = pick(random, names);
      switch (random.nextInt(4)) {
        case 0:
          object.remove(name); // a required key, often
          break;
        case 1:
          JsonNode value = object.remove(name);
          object.set(name.toUpperCase(java.util.Locale.ROOT) + "_", value);
          break;
        default:
          object.set(name, randomValue(random, 0));
      }
    } else if (target instanceof ArrayNode && target.size() > 0) {
      ArrayNode array = (ArrayNode) target;
      int index = random.nextInt(array.size());
      if (random.nextBoolean()) {
        array.set(index, randomValue(random, 0));
      } else {
        array.insert(
            index, random.nextBoolean() ? JsonNodeFactory.instance.nullNode() : array.get(index));
      }
    } else if (random.nextInt(8) == 0) {
      return randomValue(random, 0); // the whole body retyped
    }
    return root;
  }

  private static void collectContainers(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (JsonNode child : node) {
        collectContainers(child, into);
      }
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (random.nextInt(depth > 2 ? 14 : 17)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.textNode("");
      case 2:
        return f.textNode(randomText(random, random.nextInt(20)));
      case 3:
        return f.textNode(
            pick(
                random,
                List.of(
                    "True",
                    "false",
                    "yes",
                    "2",
                    "1.5",
                    "-1",
                    "null",
                    "2026-11-23T12:00:00Z",
                    "2026-11-23 12:00:00.123456",
                    "2026-13-45T99:99:99",
                    "+999999999-12-31T23:59:59-18:00",
                    "ACTIVE",
                    "BUILD",
                    "\u0000",
                    "\ud800")));
      case 4:
        return f.numberNode(random.nextInt());
      case 5:
        return f.numberNode(random.nextLong());
      case 6:
        return f.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(60))));
      case 7:
        return f.numberNode(random.nextDouble() * 1e6);
      case 8:
        return f.numberNode(new java.math.BigDecimal("1e" + (random.nextInt(800) - 400)));
      case 9:
        return f.booleanNode(random.nextBoolean());
      case 10:
        return f.numberNode(random.nextInt(3) - 1);
      case 11:
        return f.textNode("x".repeat(random.nextInt(100_000)));
      case 12:
        return f.arrayNode();
      case 13:
        return f.objectNode();
      case 14:
        ArrayNode array = f.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(random, depth + 1));
        }
        return array;
      default:
        ObjectNode object = f.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(
              pick(
                  random,
                  List.of(
                      "id",
                      "href",
                      "rel",
                      "name",
                      "addr",
                      "version",
                      "code",
                      "message",
                      "created",
                      "links",
                      "mac_address",
                      "port_id",
                      "ip_address",
                      "uuid",
                      "cpu_info",
                      "time",
                      "k")),
              randomValue(random, depth + 1));
        }
        return object;
    }
  }

  /** A change to the bytes: a cut, a flipped byte, a spliced piece, a duplicated key, nesting. */
  private static byte[] mutateText(Random random, byte[] text, List<JsonNode> seeds) {
    int at = random.nextInt(text.length + 1);
    switch (random.nextInt(8)) {
      case 0:
        return java.util.Arrays.copyOf(text, at); // truncated
      case 1:
        if (text.length > 0) {
          byte[] flipped = text.clone();
          flipped[Math.min(at, text.length - 1)] ^= (byte) (1 << random.nextInt(8));
          return flipped;
        }
        return text;
      case 2:
        byte[] other = bytes(pick(random, seeds));
        int from = random.nextInt(other.length);
        int to = from + random.nextInt(other.length - from + 1);
        return splice(text, at, java.util.Arrays.copyOfRange(other, from, to));
      case 3:
        return splice(
            text, at, randomText(random, 1 + random.nextInt(8)).getBytes(StandardCharsets.UTF_8));
      case 4:
        // A key twice: the first key of the body repeated with another value.
        int brace = indexOf(text, (byte) '{');
        if (brace < 0) {
          return text;
        }
        String extra =
            pick(
                random,
                List.of(
                    "\"id\": null,",
                    "\"id\": {},",
                    "\"addresses\": {\"a\": []},",
                    "\"metadata\": {\"k\": \"v\"}, \"metadata\": {\"k\": \"w\"},",
                    "\"fixed_ips\": [], \"fixed_ips\": [],",
                    "\"ip_addresses\": [{}],",
                    "\"image\": \"\", \"image\": {},",
                    "\"flavor\": 7,",
                    "\"cpu_info\": \"{\\\"a\\\": [1]}\", \"cpu_info\": {\"b\": 2},",
                    "\"cpu_details\": [{}],",
                    "\"servers\": [{\"uuid\": null}],",
                    "\"hypervisors\": [], \"hypervisors\": [null],"));
        return splice(text, brace + 1, extra.getBytes(StandardCharsets.UTF_8));
      case 5:
        String open = pick(random, List.of("[", "{\"a\":", "{\"links\":["));
        return splice(text, at, open.repeat(random.nextInt(3000)).getBytes(StandardCharsets.UTF_8));
      case 6:
        byte[] removed = new byte[text.length - Math.min(text.length - at, random.nextInt(40))];
        System.arraycopy(text, 0, removed, 0, at);
        System.arraycopy(
            text, text.length - (removed.length - at), removed, at, removed.length - at);
        return removed;
      default:
        return splice(
            text, at, ("1" + "0".repeat(random.nextInt(2000))).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(200)];
    if (random.nextBoolean()) {
      random.nextBytes(bytes);
      return bytes;
    }
    return randomText(random, bytes.length).getBytes(StandardCharsets.UTF_8);
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(JSONISH.charAt(random.nextInt(JSONISH.length())));
    }
    return text.toString();
  }

  private static byte[] splice(byte[] text, int at, byte[] piece) {
    byte[] out = new byte[text.length + piece.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(text, at, out, at + piece.length, text.length - at);
    return out;
  }

  private static int indexOf(byte[] text, byte b) {
    for (int i = 0; i < text.length; i++) {
      if (text[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of an input, printable, for a failure message. */
  private static String show(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
    return body.length
        + " bytes: "
        + text.replaceAll("[\\p{Cntrl}]", "?")
        + (body.length > 600 ? "…" : "");
  }

  /**
   * The model objects found in the real server bodies under {@code fixtures/}, by model, and the
   * whole api-samples of the other resources, by body reader.
   */
  private static final class Seeds {
    final Map<Model, List<JsonNode>> byModel;
    final Map<Body, List<JsonNode>> byBody;

    Seeds(Map<Model, List<JsonNode>> byModel, Map<Body, List<JsonNode>> byBody) {
      this.byModel = byModel;
      this.byBody = byBody;
    }

    List<JsonNode> of(Model model) {
      return byModel.get(model);
    }

    List<JsonNode> of(Body body) {
      return byBody.get(body);
    }

    static Seeds load() {
      return new Seeds(loadModels(), loadBodies());
    }

    private static Map<Model, List<JsonNode>> loadModels() {
      Map<Model, List<JsonNode>> byModel = new java.util.EnumMap<>(Model.class);
      for (Model model : Model.values()) {
        byModel.put(model, new ArrayList<>());
      }
      try (Stream<Path> files = Files.walk(fixtures())) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".json"))
                // An answer to POST /servers holds a CreatedServer under "server", not a Server.
                .filter(f -> !f.toString().endsWith("server-create-resp.json"))
                // Other resources than servers are fuzzed by their body readers.
                .filter(f -> !isNonServerSample(fixtures().relativize(f)))
                .collect(Collectors.toList())) {
          JsonNode root = MAPPER.readTree(file.toFile());
          for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Model model = modelOf(entry.getKey());
            if (model != null) {
              JsonNode value = entry.getValue();
              if (value.isArray()) {
                value.forEach(byModel.get(model)::add);
              } else if (value.isObject()) {
                byModel.get(model).add(value);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byModel.forEach(
          (model, seeds) -> assertThat(seeds).as("seeds of " + model).hasSizeGreaterThan(2));
      return byModel;
    }

    /** For each body reader, the samples of its folders that it reads as they are. */
    private static Map<Body, List<JsonNode>> loadBodies() {
      Map<Body, List<JsonNode>> byBody = new java.util.EnumMap<>(Body.class);
      for (Body body : Body.values()) {
        List<JsonNode> seeds = new ArrayList<>();
        for (String folder : body.folders) {
          try (Stream<Path> files = Files.walk(fixtures().resolve("nova-api-samples/" + folder))) {
            for (Path file :
                files
                    .filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList())) {
              byte[] bytes = Files.readAllBytes(file);
              if (readsAsItIs(body, bytes)) {
                seeds.add(MAPPER.readTree(bytes));
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        assertThat(seeds).as("seeds of " + body).isNotEmpty();
        byBody.put(body, seeds);
      }
      return byBody;
    }

    private static boolean readsAsItIs(Body body, byte[] bytes) {
      try {
        return readBody(body.reader, bytes) != null;
      } catch (IOException notThisReadersBody) {
        return false;
      }
    }

    private static Model modelOf(String key) {
      switch (key) {
        case "server":
        case "servers":
          return Model.SERVER;
        case "virtual_interfaces":
        case "virtual_interface":
          return Model.VIRTUAL_INTERFACE;
        case "interfaceAttachments":
        case "interfaceAttachment":
          return Model.INTERFACE_ATTACHMENT;
        default:
          return null;
      }
    }

    /** Whether the file is in the api-sample folder of a resource that has a body reader. */
    private static boolean isNonServerSample(Path relative) {
      String path = relative.toString().replace('\\', '/');
      return Stream.of(Body.values())
          .flatMap(body -> body.folders.stream())
          .anyMatch(folder -> path.startsWith("nova-api-samples/" + folder));
    }

    private static Path fixtures() {
      try {
        return Path.of(ModelReadersFuzzTest.class.getResource("/fixtures").toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
