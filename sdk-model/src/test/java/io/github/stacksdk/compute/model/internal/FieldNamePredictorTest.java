package io.github.stacksdk.compute.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldNamePredictor}: the same names, values and errors as reading field by field with {@link
 * JsonReading#firstField}/{@link JsonReading#nextField}, whatever the order of the keys; and the
 * expected names are matched when the order repeats.
 */
final class FieldNamePredictorTest {
  private static final JsonFactory JSON = ModelJson.factory();
  private static final String[] KEYS = {
    "id",
    "name",
    "status",
    "OS-EXT-STS:vm_state",
    "links",
    "a\\u0062",
    "ab",
    "x",
    "\u00e9t\u00e9",
    "metadata"
  };

  @Test
  void readsAsFieldByField_randomOrdersAndValues() throws IOException {
    Random random = new Random(3);
    FieldNamePredictor order = new FieldNamePredictor();
    for (int n = 0; n < 3_000; n++) {
      String body = randomArrayOfObjects(random);

      // Bytes, as the client reads a body, and text, as a mapper may: two parsers, two matchers.
      boolean bytes = n % 2 == 0;
      List<String> expected = readAll(body, null, bytes);
      List<String> actual = readAll(body, order, bytes);

      assertThat(actual).as(body).isEqualTo(expected);
    }
  }

  @Test
  void sameErrors_asFieldByField() throws IOException {
    String[] broken = {
      "[{\"id\": 1, 5}]",
      "[{\"id\": 1, \"name\"}]",
      "[{\"id\": 1 \"name\": 2}]",
      "[{\"id\": 1,",
      "[{\"id\": 1, ]}]",
      "[{\"id\": 1}, {\"id\": 1, \"name\": 2, 3}]",
      "[{\"id\": 1}, {\"id\": 1,"
    };
    FieldNamePredictor order = new FieldNamePredictor();
    readAll("[{\"id\": 1, \"name\": 2, \"status\": 3}]", order, true); // learn an order first
    for (String body : broken) {
      Throwable expected = catchThrowable(() -> readAll(body, null, true));
      Throwable actual = catchThrowable(() -> readAll(body, order, true));

      assertThat(expected).as(body).isNotNull();
      assertThat(actual)
          .as(body)
          .isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
  }

  @Test
  void repeatedOrder_namesMatchedWithoutParsing() throws IOException {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 100; i++) {
      body.append(i == 0 ? "" : ", ")
          .append("{\"id\": \"s")
          .append(i)
          .append("\", \"name\": \"n\", \"status\": \"ACTIVE\",")
          .append(" \"links\": [{\"href\": \"h\"}], \"OS-EXT-STS:vm_state\": \"active\"}");
    }
    body.append(']');
    FieldNamePredictor order = new FieldNamePredictor();

    int[] matched = new int[1];
    try (JsonParser p =
        countingMatches(
            JSON.createParser(body.toString().getBytes(StandardCharsets.UTF_8)), matched)) {
      readArray(p, order, new ArrayList<>());
    }

    // Every name of the 99 servers after the first is a match (5 each); the first server's are
    // learnt.
    assertThat(matched[0]).isEqualTo(99 * 5);
  }

  /** Every (name, value) pair of an array of objects, read by {@code order} or field by field. */
  private static List<String> readAll(String body, FieldNamePredictor order, boolean bytes)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try (JsonParser p =
        bytes
            ? JSON.createParser(body.getBytes(StandardCharsets.UTF_8))
            : JSON.createParser(body)) {
      readArray(p, order, seen);
    }
    return seen;
  }

  private static void readArray(JsonParser p, FieldNamePredictor order, List<String> seen)
      throws IOException {
    p.nextToken();
    for (boolean more = JsonReading.firstElement(p, "list");
        more;
        more = JsonReading.nextElement(p)) {
      if (order == null) {
        for (String name = JsonReading.firstField(p, "o");
            name != null;
            name = JsonReading.nextField(p, "o")) {
          seen.add(name + "=" + value(p));
        }
      } else {
        for (String name = order.first(p, "o"); name != null; name = order.next(p, name, "o")) {
          seen.add(name + "=" + value(p));
        }
      }
      seen.add("|");
    }
  }

  private static String value(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      p.skipChildren();
      return "{..}";
    }
    return p.getText();
  }

  private static String randomArrayOfObjects(Random random) {
    List<String> keys = new ArrayList<>(List.of(KEYS));
    boolean sameOrder = random.nextBoolean();
    StringBuilder s = new StringBuilder("[");
    int objects = random.nextInt(6);
    for (int o = 0; o < objects; o++) {
      if (!sameOrder) {
        Collections.shuffle(keys, random);
      }
      s.append(o == 0 ? "" : ", ").append('{');
      int count = random.nextInt(keys.size() + 1);
      for (int k = 0; k < count; k++) {
        s.append(k == 0 ? "" : random.nextBoolean() ? ", " : ",")
            .append('"')
            .append(keys.get(k))
            .append("\":");
        switch (random.nextInt(5)) {
          case 0:
            s.append(random.nextInt(1000));
            break;
          case 1:
            s.append("{\"nested\": [1, {\"id\": \"deep\"}]}");
            break;
          case 2:
            s.append("null");
            break;
          default:
            s.append("\"v").append(random.nextInt(50)).append('"');
        }
      }
      s.append('}');
    }
    return s.append(']').toString();
  }

  private static JsonParser countingMatches(JsonParser parser, int[] matched) {
    return new JsonParserDelegate(parser) {
      @Override
      public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean match = super.nextFieldName(expected);
        if (match) {
          matched[0]++;
        }
        return match;
      }
    };
  }
}
