package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.internal.KeypairJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import io.github.stacksdk.compute.model.internal.ModelJson;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's os-keypairs api-samples. */
final class KeypairTest {
  private static final String DIR = "nova-api-samples/os-keypairs/";

  static Stream<String> singleSamples() {
    return Stream.of(
        "keypairs-get-resp.json",
        "keypairs-import-post-resp.json",
        "keypairs-post-resp.json",
        "v2.2/keypairs-get-resp.json",
        "v2.2/keypairs-import-post-resp.json",
        "v2.2/keypairs-post-resp.json",
        "v2.10/keypairs-get-resp.json",
        "v2.10/keypairs-import-post-resp.json",
        "v2.10/keypairs-post-resp.json",
        "v2.35/keypairs-post-resp.json",
        "v2.92/keypairs-import-post-resp.json");
  }

  static Stream<String> listSamples() {
    return Stream.of(
        "keypairs-list-resp.json",
        "v2.2/keypairs-list-resp.json",
        "v2.10/keypairs-list-resp.json",
        "v2.35/keypairs-list-resp.json",
        "v2.35/keypairs-list-user1-resp.json",
        "v2.35/keypairs-list-user2-resp.json");
  }

  static Stream<Keypair> sampleKeypairs() {
    List<Keypair> keypairs = new ArrayList<>();
    singleSamples().forEach(path -> keypairs.add(parse(path, KeypairJson::readBody)));
    listSamples().forEach(path -> keypairs.addAll(parse(path, KeypairJson::readPage).items()));
    return keypairs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleSamples")
  void novaSample_single_read(String path) {
    Keypair keypair = parse(path, KeypairJson::readBody);

    assertThat(keypair.name()).isNotEmpty();
    assertThat(keypair.publicKey()).isPresent();
    assertThat(keypair.fingerprint()).isPresent();
    assertThat(keypair.userId()).contains("fake");
    assertThat(keypair.type().isPresent()).isEqualTo(path.startsWith("v2."));
    boolean show = path.contains("-get-");
    assertThat(keypair.id().isPresent()).isEqualTo(show);
    assertThat(keypair.createdAt().isPresent()).isEqualTo(show);
    assertThat(keypair.deleted().isPresent()).isEqualTo(show);
    assertThat(keypair.privateKey().isPresent())
        .isEqualTo(path.endsWith("keypairs-post-resp.json"));
    assertThat(keypair.additionalProperties()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listSamples")
  void novaSample_list_everyEntryUnwrapped(String path) {
    ModelBodies.Page<Keypair> page = parse(path, KeypairJson::readPage);

    assertThat(page.items()).hasSize(Fixtures.tree(DIR + path).get("keypairs").size()).isNotEmpty();
    for (Keypair keypair : page.items()) {
      assertThat(keypair.name()).startsWith("keypair-");
      assertThat(keypair.publicKey()).isPresent();
      assertThat(keypair.fingerprint()).isPresent();
      assertThat(keypair.type().isPresent()).isEqualTo(path.startsWith("v2."));
      assertThat(keypair.userId()).isEmpty();
      assertThat(keypair.id()).isEmpty();
    }
    assertThat(page.nextHref() != null).isEqualTo(Fixtures.tree(DIR + path).has("keypairs_links"));
  }

  @Test
  void novaSample_list235_nextHref() {
    ModelBodies.Page<Keypair> page = parse("v2.35/keypairs-list-resp.json", KeypairJson::readPage);

    assertThat(page.nextHref())
        .isEqualTo(
            "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/os-keypairs"
                + "?limit=1&marker=keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3");
  }

  @Test
  void novaSample_get210_everyField() {
    Keypair keypair = parse("v2.10/keypairs-get-resp.json", KeypairJson::readBody);

    assertThat(keypair.name()).isEqualTo("keypair-6638abdb-c4e8-407c-ba88-c8dd7cc3c4f1");
    assertThat(keypair.fingerprint()).contains("44:fe:29:6e:23:14:b9:53:5b:65:82:58:1c:fe:5a:c3");
    assertThat(keypair.publicKey().orElseThrow())
        .startsWith("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC1HTrHCbb9NawNLSV8N6tSa8i637+EC2dA")
        .endsWith("Z03uUroAL Generated-by-Nova\n");
    assertThat(keypair.type()).contains("ssh");
    assertThat(keypair.userId()).contains("fake");
    assertThat(keypair.deleted()).contains(false);
    assertThat(keypair.createdAt()).contains(Instant.parse("2014-05-07T12:06:13.681238Z"));
    assertThat(keypair.updatedAt()).isEmpty();
    assertThat(keypair.deletedAt()).isEmpty();
    assertThat(keypair.id()).hasValue(1);
    assertThat(keypair.privateKey()).isEmpty();
    assertThat(keypair.additionalProperties()).isEmpty();
  }

  @Test
  void novaSample_create21_privateKeyHiddenFromToString() {
    Keypair keypair = parse("keypairs-post-resp.json", KeypairJson::readBody);

    assertThat(keypair.privateKey().orElseThrow()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");
    assertThat(keypair.toString()).doesNotContain("BEGIN RSA PRIVATE KEY").contains("****");
    assertThat(keypair.type()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sampleKeypairs")
  void roundTrip_writtenAndReadBack_equal(Keypair keypair) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(keypair);

    assertThat(Fixtures.MAPPER.readValue(json, Keypair.class)).isEqualTo(keypair);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    Keypair keypair =
        Keypair.builder()
            .name("k1")
            .publicKey("ssh-ed25519 AAAA")
            .fingerprint("aa:bb")
            .type("x509")
            .userId("u1")
            .id(7)
            .createdAt(Instant.parse("2024-01-02T03:04:05.123456Z"))
            .deleted(true)
            .deletedAt(Instant.parse("2024-02-02T03:04:05Z"))
            .updatedAt(Instant.parse("2024-01-03T03:04:05Z"))
            .privateKey("secret")
            .putAdditionalProperty("vendor:flag", true)
            .build();

    Keypair back =
        Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(keypair), Keypair.class);

    assertThat(back).isEqualTo(keypair);
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json = "{\"name\": \"k\", \"vendor:tags\": [\"a\", null], \"nothing\": null}";

    Keypair keypair = Fixtures.MAPPER.readValue(json, Keypair.class);

    assertThat(keypair.additionalProperties()).containsExactly(entry("vendor:tags", List.of("a")));
  }

  @Test
  void read_onlyName_everythingElseAbsent() throws Exception {
    Keypair keypair = Fixtures.MAPPER.readValue("{\"name\": \"k\"}", Keypair.class);

    assertThat(keypair.name()).isEqualTo("k");
    assertThat(keypair.publicKey()).isEmpty();
    assertThat(keypair.fingerprint()).isEmpty();
    assertThat(keypair.type()).isEmpty();
    assertThat(keypair.userId()).isEmpty();
    assertThat(keypair.id()).isEmpty();
    assertThat(keypair.createdAt()).isEmpty();
    assertThat(keypair.deleted()).isEmpty();
    assertThat(keypair.deletedAt()).isEmpty();
    assertThat(keypair.updatedAt()).isEmpty();
    assertThat(keypair.privateKey()).isEmpty();
    assertThat(keypair.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingName_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"fingerprint\": \"x\"}", Keypair.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("name");
  }

  @Test
  void readPage_entryWithoutKeypair_leftOut() {
    String json = "{\"keypairs\": [{\"other\": 1}, {\"keypair\": {\"name\": \"k\"}}, null]}";

    assertThat(parseText(json, KeypairJson::readPage).items())
        .extracting(Keypair::name)
        .containsExactly("k");
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    Keypair keypair = Keypair.builder().name("k").putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(keypair.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }

  @FunctionalInterface
  private interface BodyReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> T parse(String path, BodyReader<T> reader) {
    return parseText(Fixtures.read(DIR + path), reader);
  }

  private static <T> T parseText(String json, BodyReader<T> reader) {
    try (JsonParser p = ModelJson.factory().createParser(json)) {
      return reader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
