package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.CreatedServer;
import java.io.IOException;

/**
 * The body of Nova's answer to {@code POST /servers}: {@code {"server": {"id", "adminPass"?,
 * "links", "security_groups"?, "OS-DCF:diskConfig"?}}} or, with {@code return_reservation_id},
 * {@code {"reservation_id": "r-…"}}. Unknown fields are skipped.
 */
public final class CreatedServerJson {
  private CreatedServerJson() {}

  /**
   * Reads the whole body from a parser that has not read a token yet, up to its end.
   *
   * @throws com.fasterxml.jackson.databind.exc.MismatchedInputException when the body holds
   *     neither {@code server} nor {@code reservation_id}, or a value of the wrong kind
   */
  public static CreatedServer readBody(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
    CreatedServer.Builder b = CreatedServer.builder();
    boolean seen = false;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      switch (name) {
        case "server":
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(p, "server", "an object");
          }
          readServer(p, b);
          seen = true;
          break;
        case "reservation_id":
          {
            String value = string(p, "reservation_id");
            b.reservationId(value);
            seen |= value != null;
            break;
          }
        default:
          p.skipChildren();
      }
    }
    if (!seen) {
      throw JsonReading.missing(p, "server");
    }
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
    return build(p, "created server", b::build);
  }

  private static void readServer(JsonParser p, CreatedServer.Builder b) throws IOException {
    for (String name = firstField(p, "server"); name != null; name = nextField(p, "server")) {
      switch (name) {
        case "id":
          b.id(string(p, "server.id"));
          break;
        case "adminPass":
          b.adminPass(string(p, "server.adminPass"));
          break;
        case "links":
          for (boolean more = firstElement(p, "server.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.read(p));
          }
          break;
        case "security_groups":
          for (boolean more = firstElement(p, "server.security_groups");
              more;
              more = nextElement(p)) {
            readSecurityGroupName(p, b);
          }
          break;
        case "OS-DCF:diskConfig":
          b.diskConfig(string(p, "server.OS-DCF:diskConfig"));
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private static void readSecurityGroupName(JsonParser p, CreatedServer.Builder b)
      throws IOException {
    String field = "server.security_groups";
    for (String name = firstField(p, field); name != null; name = nextField(p, field)) {
      if (name.equals("name")) {
        String value = string(p, field + ".name");
        if (value != null) {
          b.addSecurityGroup(value);
        }
      } else {
        p.skipChildren();
      }
    }
  }
}
