package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import io.github.stacksdk.compute.model.quota.QuotaUsage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** The JSON of a {@link QuotaSetDetail}, {@code {"id"?, "<quota>": {"limit", "in_use", "reserved"}, ...}}, and the body of {@code GET /os-quota-sets/{project_id}/detail}. */
public final class QuotaSetDetailJson {
  private QuotaSetDetailJson() {}

  /** Reads the quota-set object at the parser's current token. */
  public static QuotaSetDetail read(JsonParser p) throws IOException {
    QuotaSetDetail.Builder b = QuotaSetDetail.builder();
    for (String name = firstField(p, "quota_set"); name != null; name = nextField(p, "quota_set")) {
      switch (name) {
        case "id":
          b.id(string(p, "quota_set.id"));
          break;
        case "instances":
          b.instances(QuotaUsageJson.read(p, "quota_set.instances"));
          break;
        case "cores":
          b.cores(QuotaUsageJson.read(p, "quota_set.cores"));
          break;
        case "ram":
          b.ram(QuotaUsageJson.read(p, "quota_set.ram"));
          break;
        case "key_pairs":
          b.keyPairs(QuotaUsageJson.read(p, "quota_set.key_pairs"));
          break;
        case "metadata_items":
          b.metadataItems(QuotaUsageJson.read(p, "quota_set.metadata_items"));
          break;
        case "server_groups":
          b.serverGroups(QuotaUsageJson.read(p, "quota_set.server_groups"));
          break;
        case "server_group_members":
          b.serverGroupMembers(QuotaUsageJson.read(p, "quota_set.server_group_members"));
          break;
        case "injected_files":
          b.injectedFiles(QuotaUsageJson.read(p, "quota_set.injected_files"));
          break;
        case "injected_file_content_bytes":
          b.injectedFileContentBytes(
              QuotaUsageJson.read(p, "quota_set.injected_file_content_bytes"));
          break;
        case "injected_file_path_bytes":
          b.injectedFilePathBytes(QuotaUsageJson.read(p, "quota_set.injected_file_path_bytes"));
          break;
        case "fixed_ips":
          b.fixedIps(QuotaUsageJson.read(p, "quota_set.fixed_ips"));
          break;
        case "floating_ips":
          b.floatingIps(QuotaUsageJson.read(p, "quota_set.floating_ips"));
          break;
        case "security_groups":
          b.securityGroups(QuotaUsageJson.read(p, "quota_set.security_groups"));
          break;
        case "security_group_rules":
          b.securityGroupRules(QuotaUsageJson.read(p, "quota_set.security_group_rules"));
          break;
        case "networks":
          b.networks(QuotaUsageJson.read(p, "quota_set.networks"));
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
  public static void write(QuotaSetDetail quotas, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "id", quotas.id());
    writeUsage(g, "instances", quotas.instances());
    writeUsage(g, "cores", quotas.cores());
    writeUsage(g, "ram", quotas.ram());
    writeUsage(g, "key_pairs", quotas.keyPairs());
    writeUsage(g, "metadata_items", quotas.metadataItems());
    writeUsage(g, "server_groups", quotas.serverGroups());
    writeUsage(g, "server_group_members", quotas.serverGroupMembers());
    writeUsage(g, "injected_files", quotas.injectedFiles());
    writeUsage(g, "injected_file_content_bytes", quotas.injectedFileContentBytes());
    writeUsage(g, "injected_file_path_bytes", quotas.injectedFilePathBytes());
    writeUsage(g, "fixed_ips", quotas.fixedIps());
    writeUsage(g, "floating_ips", quotas.floatingIps());
    writeUsage(g, "security_groups", quotas.securityGroups());
    writeUsage(g, "security_group_rules", quotas.securityGroupRules());
    writeUsage(g, "networks", quotas.networks());
    for (Map.Entry<String, Object> extra : quotas.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  private static void writeUsage(JsonGenerator g, String name, Optional<QuotaUsage> usage)
      throws IOException {
    if (usage.isPresent()) {
      g.writeFieldName(name);
      QuotaUsageJson.write(usage.get(), g);
    }
  }

  /**
   * Reads {@code {"quota_set": {...}}} from a parser that has not read its first token yet.
   */
  public static QuotaSetDetail readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "quota_set", QuotaSetDetailJson::read);
  }

  /** Lets Jackson read a {@link QuotaSetDetail}. */
  public static final class Deserializer extends ModelDeserializer<QuotaSetDetail> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(QuotaSetDetail.class, QuotaSetDetailJson::read);
    }
  }

  /** Lets Jackson write a {@link QuotaSetDetail}. */
  public static final class Serializer extends ModelSerializer<QuotaSetDetail> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(QuotaSetDetail.class, QuotaSetDetailJson::write);
    }
  }
}
