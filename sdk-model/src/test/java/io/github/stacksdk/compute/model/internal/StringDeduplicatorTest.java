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

/**
 * {@link StringDeduplicator}: always the right text; the same {@code String} for a value that
 * repeats, from its second time on; values seen once do not push those out.
 */
final class StringDeduplicatorTest {

  @Test
  void text_anyText_equalToItsCharacters() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextInt(StringDeduplicator.MAX_LENGTH + 20);
      char[] chars = new char[length + 6];
      for (int i = 0; i < chars.length; i++) {
        // Few distinct characters, so that equal hashes and equal slots come up often.
        chars[i] =
            random.nextInt(8) == 0
                ? (char) (0x80 + random.nextInt(0x3000))
                : (char) ('a' + random.nextInt(3));
      }
      int offset = random.nextInt(7);
      int len = Math.min(length, chars.length - offset);

      assertThat(StringDeduplicator.text(chars, offset, len))
          .isEqualTo(new String(chars, offset, len));
    }
  }

  @Test
  void text_repeatedValue_sameInstanceFromItsSecondTime() {
    char[] first = "ACTIVE and more".toCharArray();
    char[] again = "..ACTIVE".toCharArray();

    StringDeduplicator.text(first, 0, 6); // seen once: noted by the doorkeeper (unless seen before)
    String b = StringDeduplicator.text(again, 2, 6);
    String c = StringDeduplicator.text(first, 0, 6);

    assertThat(c).isEqualTo("ACTIVE").isSameAs(b);
    assertThat(StringDeduplicator.text(new char[0], 0, 0)).isSameAs("");
  }

  @Test
  void text_valuesSeenOnce_doNotPushOutValuesThatRepeat() {
    char[] value = "e1c53b2b-established-5b7c8f1e".toCharArray();
    StringDeduplicator.text(value, 0, value.length);
    String shared = StringDeduplicator.text(value, 0, value.length);
    assertThat(StringDeduplicator.text(value, 0, value.length)).isSameAs(shared);

    // 100,000 values that never repeat, about 100 for each pair of slots: without the
    // doorkeeper, every one was admitted and pushed the older value of its pair out.
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      char[] unique =
          String.format("%08x-%d-%08x", random.nextInt(), value.length, i).toCharArray();
      assertThat(StringDeduplicator.text(unique, 0, unique.length)).isEqualTo(new String(unique));
    }

    assertThat(StringDeduplicator.text(value, 0, value.length)).isSameAs(shared);
  }

  @Test
  void reuseIfRepeated_sameTextInARow_sameInstance() throws IOException {
    String body =
        "[\"fa:16:3e:00:00:01\", \"fa:16:3e:00:00:01\", \"fa:16:3e:00:00:02\", \"fa:16:3e:00:00:01\"]";
    List<String> values = new ArrayList<>();
    try (JsonParser p = ModelJson.factory().createParser(body)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        values.add(StringDeduplicator.reuseIfRepeated(p));
      }
    }

    assertThat(values)
        .containsExactly(
            "fa:16:3e:00:00:01", "fa:16:3e:00:00:01", "fa:16:3e:00:00:02", "fa:16:3e:00:00:01");
    assertThat(values.get(1)).isSameAs(values.get(0));
    assertThat(values.get(3)).isNotSameAs(values.get(0)); // only the last value is kept
  }

  @Test
  void text_longerThanTheLimit_notShared() {
    char[] chars = "x".repeat(StringDeduplicator.MAX_LENGTH + 1).toCharArray();

    String a = StringDeduplicator.text(chars, 0, chars.length);
    String b = StringDeduplicator.text(chars, 0, chars.length);

    assertThat(b).isEqualTo(a).isNotSameAs(a);
  }

  @Test
  void serverReader_repeatedValuesShared_uniqueValuesIntact() throws IOException {
    List<Server> servers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String body =
          "{\"id\": \"s"
              + i
              + "\", \"status\": \"ACTIVE\", \"tenant_id\": \"p1\", \"hostId\": \"h"
              + (i % 2)
              + "\", \"links\": [{\"href\": \"http://nova/servers/s"
              + i
              + "\", \"rel\": \"self\"}],"
              + " \"image\": {\"id\": \"img\", \"links\": [{\"href\": \"http://nova/images/img\", \"rel\": \"bookmark\"}]},"
              + " \"metadata\": {\"role\": \"web\"}, \"OS-EXT-SRV-ATTR:user_data\": \"c2VjcmV0\"}";
      try (JsonParser p = ModelJson.mapper().getFactory().createParser(body)) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        servers.add(ServerJson.read(p));
      }
    }

    // A value is shared from its second time on: h0 comes in servers 0, 2 and 4, the rest in all.
    Server s2 = servers.get(2);
    Server s3 = servers.get(3);
    Server s4 = servers.get(4);
    assertThat(s4.statusAsString().get()).isEqualTo("ACTIVE").isSameAs(s2.statusAsString().get());
    assertThat(s4.tenantId().get()).isSameAs(s2.tenantId().get());
    assertThat(s4.hostId().get()).isEqualTo("h0").isSameAs(s2.hostId().get());
    assertThat(s3.hostId()).contains("h1");
    assertThat(s4.image().get().id()).isSameAs(s2.image().get().id());
    assertThat(s4.image().get().links().get(0).href())
        .isSameAs(s2.image().get().links().get(0).href());
    assertThat(s4.links().get(0).rel()).isSameAs(s2.links().get(0).rel());
    assertThat(s4.links().get(0).href()).isEqualTo("http://nova/servers/s4");
    assertThat(s4.metadata().get("role")).isSameAs(s2.metadata().get("role"));
    // Secrets are never kept in the shared table.
    assertThat(s4.userData().get()).isEqualTo("c2VjcmV0").isNotSameAs(s2.userData().get());
  }
}
