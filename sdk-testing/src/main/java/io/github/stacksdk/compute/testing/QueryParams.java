package io.github.stacksdk.compute.testing;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A request's query parameters, decoded, in the order they were sent, read the way Nova (WebOb)
 * reads them: a bare key has the value {@code ""}, and a single-valued parameter sent twice has
 * its last value.
 */
final class QueryParams {
  private final List<Map.Entry<String, String>> pairs;

  private QueryParams(List<Map.Entry<String, String>> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  static QueryParams of(HttpUrl url) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      pairs.add(new SimpleImmutableEntry<>(url.queryParameterName(i), value == null ? "" : value));
    }
    return new QueryParams(pairs);
  }

  boolean has(String name) {
    return pairs.stream().anyMatch(p -> p.getKey().equals(name));
  }

  /** The last value of a parameter, or null when it was not sent. */
  @Nullable String last(String name) {
    String value = null;
    for (Map.Entry<String, String> pair : pairs) {
      if (pair.getKey().equals(name)) {
        value = pair.getValue();
      }
    }
    return value;
  }

  /** Every value of a parameter, in order. */
  List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> pair : pairs) {
      if (pair.getKey().equals(name)) {
        values.add(pair.getValue());
      }
    }
    return values;
  }

  /** The pairs whose names pass, in order: the query with the other parameters dropped. */
  QueryParams retain(Predicate<String> name) {
    List<Map.Entry<String, String>> kept = new ArrayList<>();
    for (Map.Entry<String, String> pair : pairs) {
      if (name.test(pair.getKey())) {
        kept.add(pair);
      }
    }
    return new QueryParams(kept);
  }

  /** Every pair, in order. */
  List<Map.Entry<String, String>> pairs() {
    return pairs;
  }
}
