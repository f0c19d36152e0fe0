package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.KeypairJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /os-keypairs}, per user, through raw HTTP. */
final class KeypairsTest {
  private static final String MEMBER = "member-token";

  /** The public key of Nova's sample, whose fingerprint the sample gives. */
  private static final String KEY =
      sample("os-keypairs/keypairs-get-resp.json").at("/keypair/public_key").asText();

  private static final String KEY_FINGERPRINT =
      sample("os-keypairs/keypairs-get-resp.json").at("/keypair/fingerprint").asText();

  private static final String CERT_DER = "a certificate's DER bytes";
  private static final String CERT =
      "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder().encodeToString(CERT_DER.getBytes(StandardCharsets.UTF_8))
          + "\n-----END CERTIFICATE-----\n";

  private final FakeCompute fake =
      FakeCompute.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-02T12:00:00.700Z"), ZoneOffset.UTC))
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);
  private String memberUser;

  @BeforeEach
  void seed() {
    memberUser = fake.userId(MEMBER);
    fake.addKeypair("kp-c", KEY, "ssh")
        .addKeypair("kp-a", KEY, "ssh")
        .addKeypair("kp-b", CERT, "x509")
        .addKeypair(memberUser, "member-kp", KEY, "ssh");
  }

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> names(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("keypairs").forEach(k -> names.add(k.at("/keypair/name").asText()));
    return names;
  }

  @Test
  void users_areTheKeystoneUserForTheFakesToken_andOneDerivedPerOtherToken() {
    assertThat(fake.userId(fake.token())).isEqualTo(Keystone.USER_ID);
    assertThat(memberUser).matches("[0-9a-f]{32}").isNotEqualTo(Keystone.USER_ID);
    assertThat(fake.userId(MEMBER)).isEqualTo(memberUser);
    assertThatThrownBy(() -> fake.userId("unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_atEachMicroversion() {
    assertSameKeys(
        nova.get("2.1", "/v2.1/os-keypairs").json(), sample("os-keypairs/keypairs-list-resp.json"));
    assertSameKeys(
        nova.get("2.1", "/v2.1/os-keypairs/kp-a").json(),
        sample("os-keypairs/keypairs-get-resp.json"));
    assertSameKeys(
        nova.get("2.2", "/v2.1/os-keypairs").json(),
        sample("os-keypairs/v2.2/keypairs-list-resp.json"));
    assertSameKeys(
        nova.get("2.2", "/v2.1/os-keypairs/kp-a").json(),
        sample("os-keypairs/v2.2/keypairs-get-resp.json"));
    assertSameKeys(
        nova.get("2.10", "/v2.1/os-keypairs/kp-a").json(),
        sample("os-keypairs/v2.10/keypairs-get-resp.json"));
    assertSameKeys(
        nova.get("2.35", "/v2.1/os-keypairs?limit=1").json(),
        sample("os-keypairs/v2.35/keypairs-list-resp.json"));
  }

  @Test
  void show_rendersTheRowAsNovaDoes() {
    JsonNode kp = nova.get("2.2", "/v2.1/os-keypairs/kp-a").json().get("keypair");
    JsonNode cert = nova.get("2.2", "/v2.1/os-keypairs/kp-b").json().get("keypair");

    assertThat(RawHttp.keys(kp))
        .containsExactly(
            "name",
            "public_key",
            "fingerprint",
            "user_id",
            "created_at",
            "deleted",
            "deleted_at",
            "id",
            "updated_at",
            "type");
    assertThat(kp.get("fingerprint").asText()).isEqualTo(KEY_FINGERPRINT);
    assertThat(kp.get("user_id").asText()).isEqualTo(Keystone.USER_ID);
    // MySQL's DATETIME rounds 12:00:00.7 up; Nova prints a datetime with microseconds.
    assertThat(kp.get("created_at").asText()).isEqualTo("2026-11-02T12:00:01.000000");
    assertThat(kp.get("deleted").asBoolean()).isFalse();
    assertThat(kp.get("deleted_at").isNull()).isTrue();
    assertThat(kp.get("id").asInt()).isEqualTo(2);
    assertThat(kp.get("type").asText()).isEqualTo("ssh");
    assertThat(cert.get("type").asText()).isEqualTo("x509");
    assertThat(cert.get("fingerprint").asText()).isEqualTo(sha1(CERT_DER));
  }

  private static String sha1(String der) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(der.getBytes(StandardCharsets.UTF_8));
      List<String> pairs = new ArrayList<>();
      for (byte b : digest) {
        pairs.add(String.format(java.util.Locale.ROOT, "%02x", b & 0xff));
      }
      return String.join(":", pairs);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void list_isTheUsersByName_withTypeFrom22() {
    JsonNode old = nova.get("2.1", "/v2.1/os-keypairs").json();
    JsonNode member = nova.get(MEMBER, "2.2", "/v2.1/os-keypairs").json();

    assertThat(names(old)).containsExactly("kp-a", "kp-b", "kp-c");
    assertThat(old.at("/keypairs/0/keypair").has("type")).isFalse();
    assertThat(names(member)).containsExactly("member-kp");
    assertThat(member.at("/keypairs/0/keypair/type").asText()).isEqualTo("ssh");
  }

  @Test
  void paging_from235_byNameWithNextLinks_andIgnoredBefore() {
    RawHttp.Reply first = nova.get("2.35", "/v2.1/os-keypairs?limit=2");
    RawHttp.Reply second = nova.get("2.35", "/v2.1/os-keypairs?limit=2&marker=kp-b");
    RawHttp.Reply before = nova.get("2.34", "/v2.1/os-keypairs?limit=1");
    RawHttp.Reply zero = nova.get("2.35", "/v2.1/os-keypairs?limit=0");

    assertThat(names(first.json())).containsExactly("kp-a", "kp-b");
    assertThat(first.json().at("/keypairs_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/os-keypairs?limit=2&marker=kp-b");
    assertThat(names(second.json())).containsExactly("kp-c");
    assertThat(second.json().has("keypairs_links")).isFalse();
    assertThat(names(before.json())).containsExactly("kp-a", "kp-b", "kp-c");
    assertThat(before.json().has("keypairs_links")).isFalse();
    assertThat(names(zero.json())).isEmpty();
    assertFault(
        nova.get("2.35", "/v2.1/os-keypairs?marker=nope"),
        400,
        "badRequest",
        "Marker nope could not be found.",
        "2.35");

    ModelBodies.Page<Keypair> page = NovaCalls.read(first, KeypairJson::readPage);
    assertThat(page.items()).extracting(Keypair::name).containsExactly("kp-a", "kp-b");
    assertThat(page.items().get(0).fingerprint()).contains(KEY_FINGERPRINT);
    assertThat(page.nextHref()).endsWith("marker=kp-b");
  }

  @Test
  void userId_from210_letsAnAdminReadAnotherUsers_andRefusesAMember() {
    RawHttp.Reply admin = nova.get("2.10", "/v2.1/os-keypairs?user_id=" + memberUser);
    RawHttp.Reply ignored = nova.get("2.9", "/v2.1/os-keypairs?user_id=" + memberUser);
    RawHttp.Reply shown = nova.get("2.10", "/v2.1/os-keypairs/member-kp?user_id=" + memberUser);
    RawHttp.Reply own = nova.get(MEMBER, "2.10", "/v2.1/os-keypairs?user_id=" + memberUser);

    assertThat(names(admin.json())).containsExactly("member-kp");
    assertThat(names(ignored.json())).containsExactly("kp-a", "kp-b", "kp-c");
    assertThat(shown.json().at("/keypair/user_id").asText()).isEqualTo(memberUser);
    assertThat(names(own.json())).containsExactly("member-kp");
    assertFault(
        nova.get(MEMBER, "2.10", "/v2.1/os-keypairs?user_id=" + Keystone.USER_ID),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-keypairs:index to be performed.",
        "2.10");
    assertFault(
        nova.get(MEMBER, "2.10", "/v2.1/os-keypairs/kp-a?user_id=" + Keystone.USER_ID),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-keypairs:show to be performed.",
        "2.10");
  }

  @Test
  void show_anotherUsersOrUnknownKeypair_isNovas404() {
    assertFault(
        nova.get(MEMBER, "2.2", "/v2.1/os-keypairs/kp-a"),
        404,
        "itemNotFound",
        "Keypair kp-a not found for user " + memberUser,
        "2.2");
    assertFault(
        nova.get("2.2", "/v2.1/os-keypairs/nope"),
        404,
        "itemNotFound",
        "Keypair nope not found for user " + Keystone.USER_ID,
        "2.2");
  }

  @Test
  void unknownParameters_areDroppedBefore275_andRefusedFrom275() {
    RawHttp.Reply old = nova.get("2.74", "/v2.1/os-keypairs?limit=1&sort=name");
    assertThat(old.json().at("/keypairs_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/os-keypairs?limit=1&marker=kp-a");
    assertFault(
        nova.get("2.75", "/v2.1/os-keypairs/kp-a?sort=name"),
        400,
        "badRequest",
        "Additional properties are not allowed ('sort' was unexpected)",
        "2.75");
  }

  @Test
  void seeding_refusesWhatNovaCouldNotImport() {
    assertThatThrownBy(() -> fake.addKeypair("k", KEY, "pgp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ssh' or 'x509'");
    assertThatThrownBy(() -> fake.addKeypair("k", "not a key", "ssh"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Keypair data is invalid: failed to generate fingerprint");
  }
}
