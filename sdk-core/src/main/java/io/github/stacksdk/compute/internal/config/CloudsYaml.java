package io.github.stacksdk.compute.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cloud of {@code clouds.yaml}, with {@code secure.yaml} merged over it, found where
 * python-openstackclient looks: {@code OS_CLIENT_CONFIG_FILE}, the current directory, {@code
 * ~/.config/openstack/}, {@code /etc/openstack/}.
 */
public final class CloudsYaml {
  /** The optional dependency that reads YAML; sdk-core does not pass it on to applications. */
  static final String YAML_ARTIFACT = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml";

  private static final List<String> FILE_NAMES = List.of("clouds.yaml", "clouds.yml");
  private static final List<String> SECURE_NAMES = List.of("secure.yaml", "secure.yml");

  /** Settings outside the {@code auth} section. */
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "auth_type",
          "region_name",
          "interface",
          "compute_api_version",
          "compute_endpoint_override",
          "cacert",
          "verify");

  private CloudsYaml() {}

  /** The directories searched, in order, after {@code OS_CLIENT_CONFIG_FILE}. */
  static List<Path> directories(Path workingDirectory, Path home) {
    return List.of(
        workingDirectory, home.resolve(".config").resolve("openstack"), Path.of("/etc/openstack"));
  }

  /**
   * Reads a cloud.
   *
   * @param cloud the cloud's name, or null for {@code OS_CLOUD}, or the file's only cloud
   * @throws IllegalStateException naming what is missing and where it was looked for
   */
  public static CloudSettings load(
      @Nullable String cloud, Map<String, String> env, Path workingDirectory, Path home) {
    requireYaml(CloudsYaml.class.getClassLoader());
    List<Path> searched = new ArrayList<>();
    Path file = find(env, workingDirectory, home, searched, FILE_NAMES);
    if (file == null) {
      throw new IllegalStateException("No clouds.yaml found; looked for " + searched);
    }
    JsonNode clouds = read(file).path("clouds");
    String name = cloud != null ? cloud : env.get("OS_CLOUD");
    List<String> names = new ArrayList<>();
    clouds.fieldNames().forEachRemaining(names::add);
    if (name == null || name.isBlank()) {
      if (names.size() != 1) {
        throw new IllegalStateException(
            "Which cloud of " + file + "? Set OS_CLOUD or name one of " + names);
      }
      name = names.get(0);
    }
    if (!clouds.path(name).isObject()) {
      throw new IllegalStateException("No cloud '" + name + "' in " + file + "; it has " + names);
    }
    ObjectNode merged = clouds.path(name).deepCopy();
    // A bare OS_CLIENT_CONFIG_FILE name has no parent: it is in the current directory.
    Path beside = file.getParent();
    Path secure =
        find(
            Map.of(), beside != null ? beside : Path.of(""), home, new ArrayList<>(), SECURE_NAMES);
    String source = "cloud '" + name + "' of " + file;
    if (secure != null) {
      JsonNode secrets = read(secure).path("clouds").path(name);
      if (secrets.isObject()) {
        merge(merged, secrets);
        source += " and " + secure;
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : CloudSettings.KEYS) {
      JsonNode value = TOP_LEVEL.contains(key) ? merged.path(key) : merged.path("auth").path(key);
      if (value.isValueNode() && !value.isNull()) {
        values.put(key, value.asText());
      }
    }
    return new CloudSettings(values, key -> TOP_LEVEL.contains(key) ? key : "auth." + key, source);
  }

  private static @Nullable Path find(
      Map<String, String> env,
      Path workingDirectory,
      Path home,
      List<Path> searched,
      List<String> names) {
    String explicit = env.get("OS_CLIENT_CONFIG_FILE");
    if (explicit != null && !explicit.isBlank()) {
      Path path = Path.of(explicit);
      searched.add(path);
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    for (Path directory : directories(workingDirectory, home)) {
      for (String name : names) {
        Path path = directory.resolve(name);
        searched.add(path);
        if (Files.isRegularFile(path)) {
          return path;
        }
      }
    }
    return null;
  }

  /**
   * Fails with a message naming the artifact to add when the optional YAML reader, or the
   * SnakeYAML it needs, is not on the class path.
   */
  static void requireYaml(@Nullable ClassLoader loader) {
    String missing = null;
    for (String type :
        List.of(
            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "org.yaml.snakeyaml.LoaderOptions")) {
      try {
        Class.forName(type, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        missing = type;
        break;
      }
    }
    if (missing != null) {
      throw new IllegalStateException(
          "ComputeClient.fromCloudsYaml(..) needs "
              + YAML_ARTIFACT
              + " on the class path ("
              + missing
              + " is missing): add that dependency, in the version of your other Jackson modules ("
              + PackageVersion.VERSION
              + " for this SDK). sdk-core declares it optional, so that"
              + " applications that do not read clouds.yaml carry no YAML parser.");
    }
  }

  /**
   * The file's tree. A file that is not valid YAML is reported by line and column alone, with no
   * cause: the parser's message quotes the lines around the error, and with them a password.
   *
   * @throws IllegalStateException when the file cannot be read or parsed
   */
  private static JsonNode read(Path file) {
    try {
      ObjectMapper yaml = Yaml.MAPPER;
      JsonNode tree = yaml.readTree(file.toFile());
      return tree == null ? yaml.createObjectNode() : tree;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read " + file + ": not valid YAML" + where(e));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read " + file + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // SnakeYAML's own exceptions quote the text as Jackson's do.
      throw new IllegalStateException(
          "Cannot read " + file + ": not valid YAML (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** " at line L, column C" of a parse error, or nothing when the parser did not say. */
  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() <= 0
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** secure.yaml's values over clouds.yaml's, section by section. */
  private static void merge(ObjectNode target, JsonNode over) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = over.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode && field.getValue().isObject()) {
        merge((ObjectNode) existing, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  /** Holds the YAML mapper, so that it is loaded (with the optional YAML classes) only when used. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {}
  }
}
