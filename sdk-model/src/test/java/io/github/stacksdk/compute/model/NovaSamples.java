package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.internal.JsonReading;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Nova api-samples of one resource folder, and its body readers run over them. */
final class NovaSamples {
  private NovaSamples() {}

  /** The paths below {@code fixtures/} of every {@code .json} file below {@code folder}. */
  static List<String> under(String folder) {
    try {
      Path root = Paths.get(Fixtures.class.getResource("/fixtures").toURI());
      try (Stream<Path> files = Files.walk(root.resolve(folder))) {
        return files
            .filter(f -> f.toString().endsWith(".json"))
            .map(f -> root.relativize(f).toString().replace('\\', '/'))
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads {@code json} with a body reader, from a parser before its first token. */
  static <T> T readBody(String json, JsonReading.ValueReader<T> reader) {
    try (JsonParser p = ModelJson.factory().createParser(json)) {
      T value = reader.read(p);
      if (value == null) {
        throw new IllegalStateException("no body");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The microversion of a sample, from its folder: the {@code N} of a {@code v2.N/} folder, 1 (for
   * 2.1) when the sample is at the top of its resource's folder.
   */
  static int minor(String path) {
    int at = path.lastIndexOf("/v2.");
    if (at < 0) {
      return 1;
    }
    int from = at + "/v2.".length();
    return Integer.parseInt(path.substring(from, path.indexOf('/', from)));
  }

  /**
   * The model objects of a sample, in the order sent: the entries of its {@code listKey} array,
   * then the object under {@code singleKey}.
   */
  static List<JsonNode> nodes(String path, String listKey, String singleKey) {
    JsonNode body = Fixtures.tree(path);
    List<JsonNode> nodes = new ArrayList<>();
    body.path(listKey).forEach(nodes::add);
    if (body.has(singleKey)) {
      nodes.add(body.get(singleKey));
    }
    return nodes;
  }

  /** The text of {@code node}'s field, empty when the field is missing or null. */
  static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** A copy of {@code node} without its null-valued fields, at any depth. */
  static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isNull()) {
          nulls.add(field.getKey());
        } else {
          strip(field.getValue());
        }
      }
      ((ObjectNode) node).remove(nulls);
    } else if (node instanceof ArrayNode) {
      node.forEach(NovaSamples::strip);
    }
  }
}
