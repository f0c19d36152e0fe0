package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nonEmptySharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import java.io.IOException;
import java.util.Map;

/**
 * The JSON of an {@link InstanceAction}: {@code {"action", "instance_uuid", "message",
 * "project_id", "request_id", "start_time", "user_id", "updated_at"?, "events"?: [{"event",
 * "start_time", "finish_time", "result", "traceback"?, "host"?, "hostId"?, "details"?}]}}, and the
 * bodies of {@code os-instance-actions}.
 */
public final class InstanceActionJson {
  private InstanceActionJson() {}

  /**
   * {@code {"instanceAction": {...}}}: the body of {@code GET
   * /servers/{server_id}/os-instance-actions/{request_id}}.
   */
  public static InstanceAction readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "instanceAction", InstanceActionJson::read);
  }

  /**
   * {@code {"instanceActions": [...], "links": [...]}}: a page of {@code GET
   * /servers/{server_id}/os-instance-actions}; the {@code next} link is sent from 2.58, when the
   * page is full.
   */
  public static ModelBodies.Page<InstanceAction> readPage(JsonParser p) throws IOException {
    return ModelBodies.page(p, "instanceActions", "links", InstanceActionJson::read);
  }

  public static InstanceAction read(JsonParser p) throws IOException {
    InstanceAction.Builder b = InstanceAction.builder();
    for (String name = firstField(p, "instanceAction");
        name != null;
        name = nextField(p, "instanceAction")) {
      switch (name) {
        case "request_id":
          {
            String value = string(p, "instanceAction.request_id");
            if (value != null) {
              b.requestId(value);
            }
            break;
          }
        case "action":
          b.action(sharedString(p, "instanceAction.action"));
          break;
        case "instance_uuid":
          b.instanceUuid(sharedString(p, "instanceAction.instance_uuid"));
          break;
        case "message":
          b.message(string(p, "instanceAction.message"));
          break;
        case "project_id":
          b.projectId(sharedString(p, "instanceAction.project_id"));
          break;
        case "user_id":
          b.userId(sharedString(p, "instanceAction.user_id"));
          break;
        case "start_time":
          b.startTime(instant(p, "instanceAction.start_time"));
          break;
        case "updated_at":
          b.updatedAt(instant(p, "instanceAction.updated_at"));
          break;
        case "events":
          for (boolean more = firstElement(p, "instanceAction.events");
              more;
              more = nextElement(p)) {
            b.addEvent(readEvent(p));
          }
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
    return build(p, "instance action", b::build);
  }

  /** Reads an {@code events} entry at the parser's current token. */
  static InstanceActionEvent readEvent(JsonParser p) throws IOException {
    InstanceActionEvent.Builder b = InstanceActionEvent.builder();
    String path = "instanceAction.events";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "event":
          {
            String value = sharedString(p, path + ".event");
            if (value != null) {
              b.event(value);
            }
            break;
          }
        case "start_time":
          b.startTime(instant(p, path + ".start_time"));
          break;
        case "finish_time":
          b.finishTime(instant(p, path + ".finish_time"));
          break;
        case "result":
          b.result(sharedString(p, path + ".result"));
          break;
        case "traceback":
          b.traceback(string(p, path + ".traceback"));
          break;
        case "host":
          b.host(sharedString(p, path + ".host"));
          break;
        case "hostId":
          b.hostId(nonEmptySharedString(p, path + ".hostId"));
          break;
        case "details":
          b.details(string(p, path + ".details"));
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
    return build(p, "instance action event", b::build);
  }

  /**
   * Writes an action in Nova's wire shape, leaving out absent fields (Nova sends some as null)
   * and, when there are none, {@code events}.
   */
  public static void write(InstanceAction action, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "action", action.action());
    JsonWriting.string(g, "instance_uuid", action.instanceUuid());
    JsonWriting.string(g, "message", action.message());
    JsonWriting.string(g, "project_id", action.projectId());
    g.writeStringField("request_id", action.requestId());
    JsonWriting.zonelessInstant(g, "start_time", action.startTime());
    JsonWriting.zonelessInstant(g, "updated_at", action.updatedAt());
    JsonWriting.string(g, "user_id", action.userId());
    if (!action.events().isEmpty()) {
      JsonWriting.array(g, "events", action.events(), InstanceActionJson::writeEvent);
    }
    writeExtra(g, action.additionalProperties());
    g.writeEndObject();
  }

  static void writeEvent(InstanceActionEvent event, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("event", event.event());
    JsonWriting.zonelessInstant(g, "start_time", event.startTime());
    JsonWriting.zonelessInstant(g, "finish_time", event.finishTime());
    JsonWriting.string(g, "result", event.result());
    JsonWriting.string(g, "traceback", event.traceback());
    JsonWriting.string(g, "host", event.host());
    JsonWriting.string(g, "hostId", event.hostId());
    JsonWriting.string(g, "details", event.details());
    writeExtra(g, event.additionalProperties());
    g.writeEndObject();
  }

  private static void writeExtra(JsonGenerator g, Map<String, Object> extra) throws IOException {
    for (Map.Entry<String, Object> entry : extra.entrySet()) {
      g.writeFieldName(entry.getKey());
      UntypedJson.write(g, entry.getValue());
    }
  }

  /** Lets Jackson read an {@link InstanceAction}. */
  public static final class Deserializer extends ModelDeserializer<InstanceAction> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(InstanceAction.class, InstanceActionJson::read);
    }
  }

  /** Lets Jackson write an {@link InstanceAction}. */
  public static final class Serializer extends ModelSerializer<InstanceAction> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(InstanceAction.class, InstanceActionJson::write);
    }
  }
}
