package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.LimitsJson;
import io.github.stacksdk.compute.model.quota.AbsoluteLimits;
import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.RateLimit;
import io.github.stacksdk.compute.model.quota.RateLimitValue;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code GET /limits} bodies at 2.1, 2.36, 2.39 and 2.57, and legacy rate limits. */
final class LimitsTest {
  private static final String DIR = "nova-api-samples/limits";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  private static Limits limits(String path) {
    return NovaSamples.readBody(Fixtures.read(path), LimitsJson::readBody);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyKeyModelled_writtenBackAsSent_roundTripEqual(String path) throws Exception {
    JsonNode sent = Fixtures.tree(path).get("limits");
    Limits limits = limits(path);

    assertThat(limits.additionalProperties()).isEmpty();
    assertThat(limits.absolute().additionalProperties()).isEmpty();
    assertThat(limits.rate()).isEmpty();
    int count = 0;
    for (Iterator<String> names = sent.get("absolute").fieldNames();
        names.hasNext();
        names.next()) {
      count++;
    }
    assertThat(count).isPositive();
    String json = Fixtures.MAPPER.writeValueAsString(limits);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, Limits.class)).isEqualTo(limits);
  }

  @Test
  void sample21_everyField() {
    AbsoluteLimits a = limits(DIR + "/limit-get-resp.json").absolute();

    assertThat(a.maxImageMeta()).hasValue(128);
    assertThat(a.maxPersonality()).hasValue(5);
    assertThat(a.maxPersonalitySize()).hasValue(10240);
    assertThat(a.maxSecurityGroupRules()).hasValue(-1);
    assertThat(a.maxSecurityGroups()).hasValue(-1);
    assertThat(a.maxServerMeta()).hasValue(128);
    assertThat(a.maxTotalCores()).hasValue(20);
    assertThat(a.maxTotalFloatingIps()).hasValue(-1);
    assertThat(a.maxTotalInstances()).hasValue(10);
    assertThat(a.maxTotalKeypairs()).hasValue(100);
    assertThat(a.maxTotalRamSize()).hasValue(51200);
    assertThat(a.maxServerGroups()).hasValue(10);
    assertThat(a.maxServerGroupMembers()).hasValue(10);
    assertThat(a.totalCoresUsed()).hasValue(0);
    assertThat(a.totalInstancesUsed()).hasValue(0);
    assertThat(a.totalRamUsed()).hasValue(0);
    assertThat(a.totalSecurityGroupsUsed()).hasValue(0);
    assertThat(a.totalFloatingIpsUsed()).hasValue(0);
    assertThat(a.totalServerGroupsUsed()).hasValue(0);
  }

  @Test
  void sample257_removedLimitsAbsent() {
    AbsoluteLimits a = limits(DIR + "/v2.57/limit-get-resp.json").absolute();

    assertThat(a.maxServerMeta()).hasValue(128);
    assertThat(a.maxTotalInstances()).hasValue(10);
    assertThat(a.maxImageMeta()).isEmpty();
    assertThat(a.maxPersonality()).isEmpty();
    assertThat(a.maxPersonalitySize()).isEmpty();
    assertThat(a.maxSecurityGroups()).isEmpty();
    assertThat(a.maxSecurityGroupRules()).isEmpty();
    assertThat(a.maxTotalFloatingIps()).isEmpty();
    assertThat(a.totalSecurityGroupsUsed()).isEmpty();
    assertThat(a.totalFloatingIpsUsed()).isEmpty();
  }

  @Test
  void legacyRateLimits_andUnknownKeys_kept() throws Exception {
    String json =
        "{\"limits\": {\"rate\": [{\"uri\": \"/servers\", \"regex\": \"^/servers\","
            + " \"limit\": [{\"verb\": \"POST\", \"value\": 25, \"unit\": \"DAY\","
            + " \"remaining\": 24, \"next-available\": \"2012-11-22T16:20:37Z\"}]}],"
            + " \"absolute\": {\"maxTotalInstances\": 100, \"maxTotalPrivateNetworks\": 3},"
            + " \"FUTURE:extra\": [true]}}";

    Limits limits = NovaSamples.readBody(json, LimitsJson::readBody);

    assertThat(limits.rate())
        .containsExactly(
            RateLimit.builder()
                .uri("/servers")
                .regex("^/servers")
                .addLimit(
                    RateLimitValue.builder()
                        .verb("POST")
                        .value(25)
                        .unit("DAY")
                        .remaining(24)
                        .nextAvailable(Instant.parse("2012-11-22T16:20:37Z"))
                        .build())
                .build());
    assertThat(limits.absolute().maxTotalInstances()).hasValue(100);
    assertThat(limits.absolute().additionalProperties())
        .isEqualTo(Map.of("maxTotalPrivateNetworks", 3L));
    assertThat(limits.additionalProperties()).isEqualTo(Map.of("FUTURE:extra", List.of(true)));
    String written = Fixtures.MAPPER.writeValueAsString(limits);
    assertThat(Fixtures.MAPPER.readValue(written, Limits.class)).isEqualTo(limits);
  }

  @Test
  void read_empty_everythingAbsent() throws Exception {
    Limits limits = Fixtures.MAPPER.readValue("{\"absolute\": null, \"rate\": null}", Limits.class);
    RateLimitValue value = Fixtures.MAPPER.readValue("{}", RateLimitValue.class);

    assertThat(limits.rate()).isEmpty();
    assertThat(limits.absolute()).isEqualTo(AbsoluteLimits.builder().build());
    assertThat(limits.absolute().maxTotalInstances()).isEmpty();
    assertThat(limits.absolute().totalRamUsed()).isEmpty();
    assertThat(value.verb()).isEmpty();
    assertThat(value.value()).isEmpty();
    assertThat(value.nextAvailable()).isEmpty();
  }
}
