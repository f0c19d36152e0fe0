package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.quota.AbsoluteLimits;
import java.io.IOException;
import java.util.Map;

/** The JSON of {@link AbsoluteLimits}: {@code {"maxTotalInstances", ..., "totalRAMUsed", ...}}. */
public final class AbsoluteLimitsJson {
  private AbsoluteLimitsJson() {}

  public static AbsoluteLimits read(JsonParser p) throws IOException {
    AbsoluteLimits.Builder b = AbsoluteLimits.builder();
    for (String name = firstField(p, "limits.absolute");
        name != null;
        name = nextField(p, "limits.absolute")) {
      switch (name) {
        case "maxTotalInstances":
          b.maxTotalInstances(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxTotalInstances")));
          break;
        case "maxTotalCores":
          b.maxTotalCores(JsonReading.optionalInt(integer(p, "limits.absolute.maxTotalCores")));
          break;
        case "maxTotalRAMSize":
          b.maxTotalRamSize(JsonReading.optionalInt(integer(p, "limits.absolute.maxTotalRAMSize")));
          break;
        case "maxServerMeta":
          b.maxServerMeta(JsonReading.optionalInt(integer(p, "limits.absolute.maxServerMeta")));
          break;
        case "maxImageMeta":
          b.maxImageMeta(JsonReading.optionalInt(integer(p, "limits.absolute.maxImageMeta")));
          break;
        case "maxPersonality":
          b.maxPersonality(JsonReading.optionalInt(integer(p, "limits.absolute.maxPersonality")));
          break;
        case "maxPersonalitySize":
          b.maxPersonalitySize(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxPersonalitySize")));
          break;
        case "maxTotalKeypairs":
          b.maxTotalKeypairs(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxTotalKeypairs")));
          break;
        case "maxSecurityGroups":
          b.maxSecurityGroups(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxSecurityGroups")));
          break;
        case "maxSecurityGroupRules":
          b.maxSecurityGroupRules(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxSecurityGroupRules")));
          break;
        case "maxServerGroups":
          b.maxServerGroups(JsonReading.optionalInt(integer(p, "limits.absolute.maxServerGroups")));
          break;
        case "maxServerGroupMembers":
          b.maxServerGroupMembers(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxServerGroupMembers")));
          break;
        case "maxTotalFloatingIps":
          b.maxTotalFloatingIps(
              JsonReading.optionalInt(integer(p, "limits.absolute.maxTotalFloatingIps")));
          break;
        case "totalInstancesUsed":
          b.totalInstancesUsed(
              JsonReading.optionalInt(integer(p, "limits.absolute.totalInstancesUsed")));
          break;
        case "totalCoresUsed":
          b.totalCoresUsed(JsonReading.optionalInt(integer(p, "limits.absolute.totalCoresUsed")));
          break;
        case "totalRAMUsed":
          b.totalRamUsed(JsonReading.optionalInt(integer(p, "limits.absolute.totalRAMUsed")));
          break;
        case "totalSecurityGroupsUsed":
          b.totalSecurityGroupsUsed(
              JsonReading.optionalInt(integer(p, "limits.absolute.totalSecurityGroupsUsed")));
          break;
        case "totalFloatingIpsUsed":
          b.totalFloatingIpsUsed(
              JsonReading.optionalInt(integer(p, "limits.absolute.totalFloatingIpsUsed")));
          break;
        case "totalServerGroupsUsed":
          b.totalServerGroupsUsed(
              JsonReading.optionalInt(integer(p, "limits.absolute.totalServerGroupsUsed")));
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
    return build(p, "absolute limits", b::build);
  }

  public static void write(AbsoluteLimits limits, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.integer(g, "maxTotalInstances", limits.maxTotalInstances());
    JsonWriting.integer(g, "maxTotalCores", limits.maxTotalCores());
    JsonWriting.integer(g, "maxTotalRAMSize", limits.maxTotalRamSize());
    JsonWriting.integer(g, "maxServerMeta", limits.maxServerMeta());
    JsonWriting.integer(g, "maxImageMeta", limits.maxImageMeta());
    JsonWriting.integer(g, "maxPersonality", limits.maxPersonality());
    JsonWriting.integer(g, "maxPersonalitySize", limits.maxPersonalitySize());
    JsonWriting.integer(g, "maxTotalKeypairs", limits.maxTotalKeypairs());
    JsonWriting.integer(g, "maxSecurityGroups", limits.maxSecurityGroups());
    JsonWriting.integer(g, "maxSecurityGroupRules", limits.maxSecurityGroupRules());
    JsonWriting.integer(g, "maxServerGroups", limits.maxServerGroups());
    JsonWriting.integer(g, "maxServerGroupMembers", limits.maxServerGroupMembers());
    JsonWriting.integer(g, "maxTotalFloatingIps", limits.maxTotalFloatingIps());
    JsonWriting.integer(g, "totalInstancesUsed", limits.totalInstancesUsed());
    JsonWriting.integer(g, "totalCoresUsed", limits.totalCoresUsed());
    JsonWriting.integer(g, "totalRAMUsed", limits.totalRamUsed());
    JsonWriting.integer(g, "totalSecurityGroupsUsed", limits.totalSecurityGroupsUsed());
    JsonWriting.integer(g, "totalFloatingIpsUsed", limits.totalFloatingIpsUsed());
    JsonWriting.integer(g, "totalServerGroupsUsed", limits.totalServerGroupsUsed());
    for (Map.Entry<String, Object> extra : limits.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read {@link AbsoluteLimits}. */
  public static final class Deserializer extends ModelDeserializer<AbsoluteLimits> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(AbsoluteLimits.class, AbsoluteLimitsJson::read);
    }
  }

  /** Lets Jackson write {@link AbsoluteLimits}. */
  public static final class Serializer extends ModelSerializer<AbsoluteLimits> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(AbsoluteLimits.class, AbsoluteLimitsJson::write);
    }
  }
}
