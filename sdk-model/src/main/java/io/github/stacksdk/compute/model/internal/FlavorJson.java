package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringEntries;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a {@link Flavor}: {@code {"id", "name", "ram", "disk", "vcpus",
 * "OS-FLV-EXT-DATA:ephemeral", "swap", "rxtx_factor"?, "os-flavor-access:is_public",
 * "OS-FLV-DISABLED:disabled"?, "description"?, "extra_specs"?, "links"}}, and the bodies of the
 * flavor API.
 */
public final class FlavorJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private FlavorJson() {}

  /** {@code {"flavor": {...}}}: a show, create or update body. */
  public static Flavor readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "flavor", FlavorJson::read);
  }

  /** {@code {"flavors": [...], "flavors_links": [...]}}: a page of {@code GET /flavors/detail}. */
  public static ModelBodies.Page<Flavor> readPage(JsonParser p) throws IOException {
    return ModelBodies.page(p, "flavors", "flavors_links", FlavorJson::read);
  }

  /** {@code {"flavors": [...], "flavors_links": [...]}}: a page of {@code GET /flavors}. */
  public static ModelBodies.Page<FlavorSummary> readSummaryPage(JsonParser p) throws IOException {
    return ModelBodies.page(p, "flavors", "flavors_links", FlavorSummaryJson::read);
  }

  /** {@code {"flavor_access": [...]}}: a flavor's access list. */
  public static List<FlavorAccess> readAccessList(JsonParser p) throws IOException {
    return ModelBodies.list(p, "flavor_access", FlavorAccessJson::read);
  }

  /**
   * {@code {"extra_specs": {...}}}: a flavor's extra specs, in the order sent (null values are
   * left out).
   */
  public static Map<String, String> readExtraSpecs(JsonParser p) throws IOException {
    return ModelBodies.single(p, "extra_specs", FlavorJson::readSpecs);
  }

  /**
   * {@code {"<key>": "<value>"}}: the answer to {@code GET} or {@code PUT
   * /flavors/{flavor_id}/os-extra_specs/{key}}, one or more specs at the top level.
   */
  public static Map<String, String> readExtraSpec(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
    Map<String, String> specs = readSpecs(p);
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
    return specs;
  }

  private static Map<String, String> readSpecs(JsonParser p) throws IOException {
    Map<String, String> specs = new LinkedHashMap<>();
    stringEntries(p, "extra_specs", specs::put);
    return java.util.Collections.unmodifiableMap(specs);
  }

  public static Flavor read(JsonParser p) throws IOException {
    Flavor.Builder b = Flavor.builder();
    for (String name = NAMES.first(p, "flavor");
        name != null;
        name = NAMES.next(p, name, "flavor")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "flavor.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "name":
          b.name(string(p, "flavor.name"));
          break;
        case "ram":
          b.ram(optionalInt(integer(p, "flavor.ram")));
          break;
        case "disk":
          b.disk(optionalInt(integer(p, "flavor.disk")));
          break;
        case "vcpus":
          b.vcpus(optionalInt(integer(p, "flavor.vcpus")));
          break;
        case "OS-FLV-EXT-DATA:ephemeral":
          b.ephemeral(optionalInt(integer(p, "flavor.OS-FLV-EXT-DATA:ephemeral")));
          break;
        case "swap":
          {
            // Before 2.75 Nova sends "" for no swap; from 2.75, 0.
            boolean emptyText =
                p.currentToken() == JsonToken.VALUE_STRING && p.getText().trim().isEmpty();
            Integer value = emptyText ? Integer.valueOf(0) : integer(p, "flavor.swap");
            b.swap(optionalInt(value));
            break;
          }
        case "rxtx_factor":
          {
            Double value = decimal(p, "flavor.rxtx_factor");
            if (value != null) {
              b.rxtxFactor(value);
            }
            break;
          }
        case "os-flavor-access:is_public":
          b.isPublic(bool(p, "flavor.os-flavor-access:is_public"));
          break;
        case "OS-FLV-DISABLED:disabled":
          b.disabled(bool(p, "flavor.OS-FLV-DISABLED:disabled"));
          break;
        case "description":
          b.description(string(p, "flavor.description"));
          break;
        case "extra_specs":
          stringEntries(p, "flavor.extra_specs", b::putExtraSpec);
          break;
        case "links":
          for (boolean more = firstElement(p, "flavor.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.readShared(p));
          }
          break;
        default:
          Object value = UntypedJson.read(p);
          if (value != null) {
            b.putAdditionalProperty(name, value);
          }
      }
    }
    return build(p, "flavor", b::build);
  }

  public static void write(Flavor flavor, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", flavor.id());
    JsonWriting.string(g, "name", flavor.name());
    JsonWriting.integer(g, "ram", flavor.ram());
    JsonWriting.integer(g, "disk", flavor.disk());
    JsonWriting.integer(g, "vcpus", flavor.vcpus());
    JsonWriting.integer(g, "OS-FLV-EXT-DATA:ephemeral", flavor.ephemeral());
    JsonWriting.integer(g, "swap", flavor.swap());
    if (flavor.rxtxFactor().isPresent()) {
      g.writeNumberField("rxtx_factor", flavor.rxtxFactor().getAsDouble());
    }
    JsonWriting.bool(g, "os-flavor-access:is_public", flavor.isPublic());
    JsonWriting.bool(g, "OS-FLV-DISABLED:disabled", flavor.disabled());
    JsonWriting.string(g, "description", flavor.description());
    if (!flavor.extraSpecs().isEmpty()) {
      JsonWriting.stringMap(g, "extra_specs", flavor.extraSpecs());
    }
    JsonWriting.array(g, "links", flavor.links(), LinkJson::write);
    for (Map.Entry<String, Object> extra : flavor.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  private static java.util.OptionalInt optionalInt(@Nullable Integer value) {
    return value == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
  }

  /** A number; numeric text is accepted, empty text is absent. */
  private static @Nullable Double decimal(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_STRING:
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        try {
          double value = Double.parseDouble(text);
          if (Double.isFinite(value)) {
            return value;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw mismatch(p, field, "a number");
      case VALUE_NULL:
        return null;
      default:
        throw mismatch(p, field, "a number");
    }
  }

  /** Lets Jackson read a {@link Flavor}. */
  public static final class Deserializer extends ModelDeserializer<Flavor> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Flavor.class, FlavorJson::read);
    }
  }

  /** Lets Jackson write a {@link Flavor}. */
  public static final class Serializer extends ModelSerializer<Flavor> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Flavor.class, FlavorJson::write);
    }
  }
}
