package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import io.github.stacksdk.compute.model.zone.AvailabilityZoneHost;
import io.github.stacksdk.compute.model.zone.AvailabilityZoneService;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of an {@link AvailabilityZone}: {@code {"zoneName", "zoneState": {"available"},
 * "hosts": null | {host: {service: {"available", "active", "updated_at"}}}}}.
 */
public final class AvailabilityZoneJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private AvailabilityZoneJson() {}

  /**
   * {@code {"availabilityZoneInfo": [...]}}: the zones of {@code GET /os-availability-zone} or
   * {@code GET /os-availability-zone/detail}.
   */
  public static List<AvailabilityZone> readList(JsonParser p) throws IOException {
    return ModelBodies.list(p, "availabilityZoneInfo", AvailabilityZoneJson::read);
  }

  public static AvailabilityZone read(JsonParser p) throws IOException {
    AvailabilityZone.Builder b = AvailabilityZone.builder();
    for (String name = NAMES.first(p, "zone"); name != null; name = NAMES.next(p, name, "zone")) {
      switch (name) {
        case "zoneName":
          {
            String value = string(p, "zone.zoneName");
            if (value != null) {
              b.name(value);
            }
            break;
          }
        case "zoneState":
          for (String field = firstField(p, "zone.zoneState");
              field != null;
              field = nextField(p, "zone.zoneState")) {
            if (field.equals("available")) {
              b.available(bool(p, "zone.zoneState.available"));
            } else {
              p.skipChildren();
            }
          }
          break;
        case "hosts":
          for (String host = firstField(p, "zone.hosts");
              host != null;
              host = nextField(p, "zone.hosts")) {
            b.putHost(host, readHost(p, "zone.hosts." + host));
          }
          break;
        default:
          Object value = UntypedJson.read(p);
          if (value != null) {
            b.putAdditionalProperty(name, value);
          }
      }
    }
    return build(p, "availability zone", b::build);
  }

  private static AvailabilityZoneHost readHost(JsonParser p, String path) throws IOException {
    AvailabilityZoneHost.Builder b = AvailabilityZoneHost.builder();
    for (String service = firstField(p, path); service != null; service = nextField(p, path)) {
      b.putService(service, readService(p, path + "." + service));
    }
    return b.build();
  }

  private static AvailabilityZoneService readService(JsonParser p, String path) throws IOException {
    AvailabilityZoneService.Builder b = AvailabilityZoneService.builder();
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "available":
          b.available(bool(p, path + ".available"));
          break;
        case "active":
          b.active(bool(p, path + ".active"));
          break;
        case "updated_at":
          b.updatedAt(instant(p, path + ".updated_at"));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  public static void write(AvailabilityZone zone, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("zoneName", zone.name());
    g.writeObjectFieldStart("zoneState");
    JsonWriting.bool(g, "available", zone.available());
    g.writeEndObject();
    if (zone.hosts().isEmpty()) {
      g.writeNullField("hosts");
    } else {
      g.writeObjectFieldStart("hosts");
      for (Map.Entry<String, AvailabilityZoneHost> host : zone.hosts().entrySet()) {
        g.writeObjectFieldStart(host.getKey());
        for (Map.Entry<String, AvailabilityZoneService> service :
            host.getValue().services().entrySet()) {
          g.writeObjectFieldStart(service.getKey());
          JsonWriting.bool(g, "available", service.getValue().available());
          JsonWriting.bool(g, "active", service.getValue().active());
          JsonWriting.zonelessInstant(g, "updated_at", service.getValue().updatedAt());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    for (Map.Entry<String, Object> extra : zone.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read an {@link AvailabilityZone}. */
  public static final class Deserializer extends ModelDeserializer<AvailabilityZone> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(AvailabilityZone.class, AvailabilityZoneJson::read);
    }
  }

  /** Lets Jackson write an {@link AvailabilityZone}. */
  public static final class Serializer extends ModelSerializer<AvailabilityZone> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(AvailabilityZone.class, AvailabilityZoneJson::write);
    }
  }
}
