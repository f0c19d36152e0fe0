package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import java.io.IOException;
import java.util.Map;

/** The JSON of a {@link QuotaSet}, {@code {"id"?, "<quota>": limit, ...}}, and its body, for show, defaults and update of {@code os-quota-sets}. */
public final class QuotaSetJson {
  private QuotaSetJson() {}

  /** Reads the quota-set object at the parser's current token. */
  public static QuotaSet read(JsonParser p) throws IOException {
    QuotaSet.Builder b = QuotaSet.builder();
    for (String name = firstField(p, "quota_set"); name != null; name = nextField(p, "quota_set")) {
      switch (name) {
        case "id":
          b.id(string(p, "quota_set.id"));
          break;
        case "instances":
          b.instances(JsonReading.optionalInt(integer(p, "quota_set.instances")));
          break;
        case "cores":
          b.cores(JsonReading.optionalInt(integer(p, "quota_set.cores")));
          break;
        case "ram":
          b.ram(JsonReading.optionalInt(integer(p, "quota_set.ram")));
          break;
        case "key_pairs":
          b.keyPairs(JsonReading.optionalInt(integer(p, "quota_set.key_pairs")));
          break;
        case "metadata_items":
          b.metadataItems(JsonReading.optionalInt(integer(p, "quota_set.metadata_items")));
          break;
        case "server_groups":
          b.serverGroups(JsonReading.optionalInt(integer(p, "quota_set.server_groups")));
          break;
        case "server_group_members":
          b.serverGroupMembers(
              JsonReading.optionalInt(integer(p, "quota_set.server_group_members")));
          break;
        case "injected_files":
          b.injectedFiles(JsonReading.optionalInt(integer(p, "quota_set.injected_files")));
          break;
        case "injected_file_content_bytes":
          b.injectedFileContentBytes(
              JsonReading.optionalInt(integer(p, "quota_set.injected_file_content_bytes")));
          break;
        case "injected_file_path_bytes":
          b.injectedFilePathBytes(
              JsonReading.optionalInt(integer(p, "quota_set.injected_file_path_bytes")));
          break;
        case "fixed_ips":
          b.fixedIps(JsonReading.optionalInt(integer(p, "quota_set.fixed_ips")));
          break;
        case "floating_ips":
          b.floatingIps(JsonReading.optionalInt(integer(p, "quota_set.floating_ips")));
          break;
        case "security_groups":
          b.securityGroups(JsonReading.optionalInt(integer(p, "quota_set.security_groups")));
          break;
        case "security_group_rules":
          b.securityGroupRules(
              JsonReading.optionalInt(integer(p, "quota_set.security_group_rules")));
          break;
        case "networks":
          b.networks(JsonReading.optionalInt(integer(p, "quota_set.networks")));
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
    return build(p, "quota set", b::build);
  }

  /** Writes a quota set in Nova's wire shape; absent fields are left out. */
  public static void write(QuotaSet quotas, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "id", quotas.id());
    JsonWriting.integer(g, "instances", quotas.instances());
    JsonWriting.integer(g, "cores", quotas.cores());
    JsonWriting.integer(g, "ram", quotas.ram());
    JsonWriting.integer(g, "key_pairs", quotas.keyPairs());
    JsonWriting.integer(g, "metadata_items", quotas.metadataItems());
    JsonWriting.integer(g, "server_groups", quotas.serverGroups());
    JsonWriting.integer(g, "server_group_members", quotas.serverGroupMembers());
    JsonWriting.integer(g, "injected_files", quotas.injectedFiles());
    JsonWriting.integer(g, "injected_file_content_bytes", quotas.injectedFileContentBytes());
    JsonWriting.integer(g, "injected_file_path_bytes", quotas.injectedFilePathBytes());
    JsonWriting.integer(g, "fixed_ips", quotas.fixedIps());
    JsonWriting.integer(g, "floating_ips", quotas.floatingIps());
    JsonWriting.integer(g, "security_groups", quotas.securityGroups());
    JsonWriting.integer(g, "security_group_rules", quotas.securityGroupRules());
    JsonWriting.integer(g, "networks", quotas.networks());
    for (Map.Entry<String, Object> extra : quotas.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Reads {@code {"quota_set": {...}}} from a parser that has not read its first token yet.
   */
  public static QuotaSet readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "quota_set", QuotaSetJson::read);
  }

  /** Lets Jackson read a {@link QuotaSet}. */
  public static final class Deserializer extends ModelDeserializer<QuotaSet> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(QuotaSet.class, QuotaSetJson::read);
    }
  }

  /** Lets Jackson write a {@link QuotaSet}. */
  public static final class Serializer extends ModelSerializer<QuotaSet> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(QuotaSet.class, QuotaSetJson::write);
    }
  }
}
