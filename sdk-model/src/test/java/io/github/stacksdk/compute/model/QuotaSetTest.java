package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.QuotaSetDetailJson;
import io.github.stacksdk.compute.model.internal.QuotaSetJson;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import io.github.stacksdk.compute.model.quota.QuotaUsage;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-quota-sets} bodies (show, defaults, update, detail) at 2.1, 2.36, 2.57. */
final class QuotaSetTest {
  private static final String DIR = "nova-api-samples/os-quota-sets";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream().filter(path -> !isDetail(path));
  }

  static Stream<String> detailSamples() {
    return NovaSamples.under(DIR).stream().filter(QuotaSetTest::isDetail);
  }

  private static boolean isDetail(String path) {
    return path.endsWith("quotas-show-detail-get-resp.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyKeyModelled_writtenBackAsSent_roundTripEqual(String path) throws Exception {
    JsonNode sent = Fixtures.tree(path).get("quota_set");
    QuotaSet quotas = NovaSamples.readBody(Fixtures.read(path), QuotaSetJson::readBody);

    assertThat(quotas.additionalProperties()).isEmpty();
    assertThat(quotas.instances()).isPresent();
    String json = Fixtures.MAPPER.writeValueAsString(quotas);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, QuotaSet.class)).isEqualTo(quotas);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detailSamples")
  void detailSample_everyKeyModelled_writtenBackAsSent_roundTripEqual(String path)
      throws Exception {
    JsonNode sent = Fixtures.tree(path).get("quota_set");
    QuotaSetDetail quotas = NovaSamples.readBody(Fixtures.read(path), QuotaSetDetailJson::readBody);

    assertThat(quotas.additionalProperties()).isEmpty();
    String json = Fixtures.MAPPER.writeValueAsString(quotas);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, QuotaSetDetail.class)).isEqualTo(quotas);
  }

  @Test
  void sample21_everyField() {
    QuotaSet q =
        NovaSamples.readBody(
            Fixtures.read(DIR + "/quotas-show-get-resp.json"), QuotaSetJson::readBody);

    assertThat(q.id()).contains("fake_tenant");
    assertThat(q.cores()).hasValue(20);
    assertThat(q.fixedIps()).hasValue(-1);
    assertThat(q.floatingIps()).hasValue(-1);
    assertThat(q.injectedFileContentBytes()).hasValue(10240);
    assertThat(q.injectedFilePathBytes()).hasValue(255);
    assertThat(q.injectedFiles()).hasValue(5);
    assertThat(q.instances()).hasValue(10);
    assertThat(q.keyPairs()).hasValue(100);
    assertThat(q.metadataItems()).hasValue(128);
    assertThat(q.ram()).hasValue(51200);
    assertThat(q.securityGroupRules()).hasValue(-1);
    assertThat(q.securityGroups()).hasValue(-1);
    assertThat(q.serverGroups()).hasValue(10);
    assertThat(q.serverGroupMembers()).hasValue(10);
    assertThat(q.networks()).isEmpty();
  }

  @Test
  void sample257_removedQuotasAbsent_updateHasNoId() {
    QuotaSet q =
        NovaSamples.readBody(
            Fixtures.read(DIR + "/v2.57/quotas-update-post-resp.json"), QuotaSetJson::readBody);

    assertThat(q.id()).isEmpty();
    assertThat(q.instances()).isPresent();
    assertThat(q.injectedFiles()).isEmpty();
    assertThat(q.injectedFileContentBytes()).isEmpty();
    assertThat(q.injectedFilePathBytes()).isEmpty();
    assertThat(q.fixedIps()).isEmpty();
    assertThat(q.floatingIps()).isEmpty();
    assertThat(q.securityGroups()).isEmpty();
    assertThat(q.securityGroupRules()).isEmpty();
  }

  @Test
  void detailSample21_everyField() {
    QuotaSetDetail q =
        NovaSamples.readBody(
            Fixtures.read(DIR + "/quotas-show-detail-get-resp.json"), QuotaSetDetailJson::readBody);

    assertThat(q.id()).contains("fake_tenant");
    assertThat(q.cores()).contains(usage(20, 0, 0));
    assertThat(q.fixedIps()).contains(usage(-1, 0, 0));
    assertThat(q.floatingIps()).contains(usage(-1, 0, 0));
    assertThat(q.injectedFileContentBytes()).contains(usage(10240, 0, 0));
    assertThat(q.injectedFilePathBytes()).contains(usage(255, 0, 0));
    assertThat(q.injectedFiles()).contains(usage(5, 0, 0));
    assertThat(q.instances()).contains(usage(10, 0, 0));
    assertThat(q.keyPairs()).contains(usage(100, 0, 0));
    assertThat(q.metadataItems()).contains(usage(128, 0, 0));
    assertThat(q.ram()).contains(usage(51200, 0, 0));
    assertThat(q.securityGroupRules()).contains(usage(-1, 0, 0));
    assertThat(q.securityGroups()).contains(usage(-1, 0, 0));
    assertThat(q.serverGroupMembers()).contains(usage(10, 0, 0));
    assertThat(q.serverGroups()).contains(usage(10, 0, 0));
    assertThat(q.networks()).isEmpty();
  }

  private static QuotaUsage usage(int limit, int inUse, int reserved) {
    return QuotaUsage.builder().limit(limit).inUse(inUse).reserved(reserved).build();
  }

  @Test
  void read_unknownFields_kept_missingFieldsAbsent() throws Exception {
    String json =
        "{\"cores\": 4, \"networks\": 3, \"FUTURE:gpus\": 2, \"instances\": null, \"gone\": null}";

    QuotaSet q = Fixtures.MAPPER.readValue(json, QuotaSet.class);

    assertThat(q.cores()).hasValue(4);
    assertThat(q.networks()).hasValue(3);
    assertThat(q.instances()).isEmpty();
    assertThat(q.id()).isEmpty();
    assertThat(q.ram()).isEmpty();
    assertThat(q.additionalProperties()).isEqualTo(Map.of("FUTURE:gpus", 2L));
    String written = Fixtures.MAPPER.writeValueAsString(q);
    assertThat(Fixtures.MAPPER.readValue(written, QuotaSet.class)).isEqualTo(q);
  }

  @Test
  void detail_unknownFields_kept_missingFieldsAbsent() throws Exception {
    String json =
        "{\"id\": \"p\", \"cores\": {\"limit\": 4}, \"ram\": null,"
            + " \"FUTURE:gpus\": {\"limit\": 2, \"in_use\": 1}}";

    QuotaSetDetail q = Fixtures.MAPPER.readValue(json, QuotaSetDetail.class);

    assertThat(q.cores()).contains(QuotaUsage.builder().limit(4).build());
    assertThat(q.cores().get().inUse()).isEmpty();
    assertThat(q.cores().get().reserved()).isEmpty();
    assertThat(q.ram()).isEmpty();
    assertThat(q.instances()).isEmpty();
    assertThat(q.additionalProperties())
        .isEqualTo(Map.of("FUTURE:gpus", Map.of("limit", 2L, "in_use", 1L)));
    String written = Fixtures.MAPPER.writeValueAsString(q);
    assertThat(Fixtures.MAPPER.readValue(written, QuotaSetDetail.class)).isEqualTo(q);
  }
}
