package io.github.stacksdk.compute.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SharedStrings}: always the right text; the same {@code String} for a value that repeats. */
final class SharedStringsTest {

  @Test
  void text_anyText_equalToItsCharacters() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextInt(SharedStrings.MAX_LENGTH + 20);
      char[] chars = new char[length + 6];
      for (int i = 0; i < chars.length; i++) {
        // Few distinct characters, so that equal hashes and equal slots come up often.
        chars[i] = random.nextInt(8) == 0 ? (char) (0x80 + random.nextInt(0x3000)) : (char) ('a' + random.nextInt(3));
      }
      int offset = random.nextInt(7);
      int len = Math.min(length, chars.length - offset);

      assertThat(SharedStrings.text(chars, offset, len)).isEqualTo(new String(chars, offset, len));
    }
  }

  @Test
  void text_repeatedValue_sameInstance() {
    char[] first = "ACTIVE and more".toCharArray();
    char[] again = "..ACTIVE".toCharArray();

    String a = SharedStrings.text(first, 0, 6);
    String b = SharedStrings.text(again, 2, 6);

    assertThat(b).isEqualTo("ACTIVE").isSameAs(a);
    assertThat(SharedStrings.text(new char[0], 0, 0)).isSameAs("");
  }

  @Test
  void text_longerThanTheLimit_notShared() {
    char[] chars = "x".repeat(SharedStrings.MAX_LENGTH + 1).toCharArray();

    String a = SharedStrings.text(chars, 0, chars.length);
    String b = SharedStrings.text(chars, 0, chars.length);

    assertThat(b).isEqualTo(a).isNotSameAs(a);
  }

  @Test
  void serverReader_repeatedValuesShared_uniqueValuesIntact() throws IOException {
    List<Server> servers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String body = "{\"id\": \"s" + i + "\", \"status\": \"ACTIVE\", \"tenant_id\": \"p1\", \"hostId\": \"h" + (i % 2)
          + "\", \"links\": [{\"href\": \"http://nova/servers/s" + i + "\", \"rel\": \"self\"}],"
          + " \"image\": {\"id\": \"img\", \"links\": [{\"href\": \"http://nova/images/img\", \"rel\": \"bookmark\"}]},"
          + " \"metadata\": {\"role\": \"web\"}, \"OS-EXT-SRV-ATTR:user_data\": \"c2VjcmV0\"}";
      try (JsonParser p = ModelJson.mapper().getFactory().createParser(body)) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        servers.add(ServerJson.read(p));
      }
    }

    Server s0 = servers.get(0);
    Server s1 = servers.get(1);
    Server s2 = servers.get(2);
    assertThat(s2.statusAsString().get()).isEqualTo("ACTIVE").isSameAs(s0.statusAsString().get());
    assertThat(s2.tenantId().get()).isSameAs(s0.tenantId().get());
    assertThat(s2.hostId().get()).isEqualTo("h0").isSameAs(s0.hostId().get());
    assertThat(s1.hostId()).contains("h1");
    assertThat(s2.image().get().id()).isSameAs(s0.image().get().id());
    assertThat(s2.image().get().links().get(0).href()).isSameAs(s0.image().get().links().get(0).href());
    assertThat(s2.links().get(0).rel()).isSameAs(s0.links().get(0).rel());
    assertThat(s2.links().get(0).href()).isEqualTo("http://nova/servers/s2");
    assertThat(s2.metadata().get("role")).isSameAs(s0.metadata().get("role"));
    // Secrets are never kept in the shared table.
    assertThat(s2.userData().get()).isEqualTo("c2VjcmV0").isNotSameAs(s0.userData().get());
  }
}
