package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.io.IOException;
import java.util.List;

/**
 * The JSON of a {@link ComputeService}: {@code {"id", "binary", "host", "zone", "status",
 * "state", "updated_at", "disabled_reason", "forced_down"?}}, or part of it, and the bodies of
 * {@code os-services}.
 */
public final class ComputeServiceJson {
  private ComputeServiceJson() {}

  /** {@code {"services": [...]}}: the body of {@code GET /os-services}, not paged. */
  public static List<ComputeService> readList(JsonParser p) throws IOException {
    return ModelBodies.list(p, "services", ComputeServiceJson::read);
  }

  /**
   * {@code {"service": {...}}}: the answer to {@code PUT /os-services/{service_id}} (2.53), or to
   * {@code PUT /os-services/enable}, {@code disable}, {@code disable-log-reason} and {@code
   * force-down} (before 2.53).
   */
  public static ComputeService readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "service", ComputeServiceJson::read);
  }

  public static ComputeService read(JsonParser p) throws IOException {
    ComputeService.Builder b = ComputeService.builder();
    for (String name = firstField(p, "service"); name != null; name = nextField(p, "service")) {
      switch (name) {
        case "id":
          b.id(string(p, "service.id"));
          break;
        case "binary":
          {
            String value = sharedString(p, "service.binary");
            if (value != null) {
              b.binary(value);
            }
            break;
          }
        case "host":
          {
            String value = sharedString(p, "service.host");
            if (value != null) {
              b.host(value);
            }
            break;
          }
        case "zone":
          b.zone(sharedString(p, "service.zone"));
          break;
        case "status":
          b.status(sharedString(p, "service.status"));
          break;
        case "state":
          b.state(sharedString(p, "service.state"));
          break;
        case "updated_at":
          b.updatedAt(instant(p, "service.updated_at"));
          break;
        case "disabled_reason":
          b.disabledReason(string(p, "service.disabled_reason"));
          break;
        case "forced_down":
          b.forcedDown(bool(p, "service.forced_down"));
          break;
        default:
          {
            Object value = UntypedJson.read(p);
            if (value != null) {
              b.putAdditionalProperty(name, value);
            }
          }
      }
    }
    return build(p, "service", b::build);
  }

  /**
   * Writes a service in Nova's wire shape, leaving out absent fields (Nova sends some as null); an
   * integer id as a number, {@code updated_at} without a zone.
   */
  public static void write(ComputeService service, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.numberOrText(g, "id", service.id());
    g.writeStringField("binary", service.binary());
    g.writeStringField("host", service.host());
    JsonWriting.string(g, "zone", service.zone());
    JsonWriting.string(g, "status", service.status());
    JsonWriting.string(g, "state", service.state());
    JsonWriting.zonelessInstant(g, "updated_at", service.updatedAt());
    JsonWriting.string(g, "disabled_reason", service.disabledReason());
    JsonWriting.bool(g, "forced_down", service.forcedDown());
    JsonWriting.additionalProperties(g, service.additionalProperties());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ComputeService}. */
  public static final class Deserializer extends ModelDeserializer<ComputeService> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ComputeService.class, ComputeServiceJson::read);
    }
  }

  /** Lets Jackson write a {@link ComputeService}. */
  public static final class Serializer extends ModelSerializer<ComputeService> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ComputeService.class, ComputeServiceJson::write);
    }
  }
}
