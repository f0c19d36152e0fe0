package io.github.stacksdk.compute.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Nova's marker paging ({@code nova/api/openstack/common.py}): {@code limit} clamped to {@code
 * [api] max_limit} (1000), {@code marker} the id of the last server of the previous page, and a
 * {@code next} link whenever a page is exactly full, even when nothing follows it.
 */
final class Paging {
  /** Nova's default {@code [api] max_limit}. */
  static final int MAX_LIMIT = 1000;

  private static final Pattern DIGITS = Pattern.compile("^[0-9]*$");

  /** One page and, when it is full, the href of the next. */
  static final class Page<T> {
    final List<T> items;
    final @Nullable String nextHref;

    Page(List<T> items, @Nullable String nextHref) {
      this.items = items;
      this.nextHref = nextHref;
    }
  }

  private Paging() {}

  /**
   * Cuts one page out of a sorted listing.
   *
   * @param sorted the servers that match, in the listing's order
   * @param order that order
   * @param lookup finds a marker among all servers (any project, deleted or not, removed ones too),
   *     or null
   * @param collectionUrl the URL of the collection, for the next link
   * @param idOf the id of an item, which the next link's marker is
   * @throws NovaFault 400 for a bad limit or an unknown marker
   */
  static <T> Page<T> page(
      List<T> sorted,
      Comparator<T> order,
      QueryParams q,
      Function<String, @Nullable T> lookup,
      String collectionUrl,
      Function<T, String> idOf) {
    int limit = limit(q);
    List<T> rest = sorted;
    String marker = q.last("marker");
    if (marker != null) {
      T start = lookup.apply(marker);
      if (start == null) {
        throw NovaFault.badRequest("marker [" + marker + "] not found");
      }
      rest = new ArrayList<>();
      for (T item : sorted) {
        if (order.compare(item, start) > 0) {
          rest.add(item);
        }
      }
    }
    List<T> items = List.copyOf(rest.subList(0, Math.min(limit, rest.size())));
    String next =
        items.size() == limit
            ? nextHref(collectionUrl, q, idOf.apply(items.get(items.size() - 1)))
            : null;
    return new Page<>(items, next);
  }

  /** {@code min(limit or max_limit, max_limit)}, after the schema's and the controller's checks. */
  static int limit(QueryParams q) {
    for (String value : q.all("limit")) {
      if (!DIGITS.matcher(value).matches()) {
        throw NovaFault.invalidQuery("limit", value, "'" + value + "' does not match '^[0-9]*$'");
      }
    }
    String value = q.last("limit");
    if (value == null) {
      return MAX_LIMIT;
    }
    if (value.isEmpty()) {
      throw NovaFault.badRequest("limit param must be an integer");
    }
    String digits = value.replaceFirst("^0+(?=.)", "");
    int limit = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  /**
   * {@code common.get_limit_and_marker}'s limit where the database then applies it as it is (every
   * listing but servers'): {@code min(limit, max_limit)}, and a limit of 0 lists nothing. The
   * schema has checked the value's digits.
   */
  static int limitOrZero(QueryParams q) {
    String value = q.last("limit");
    if (value == null) {
      return MAX_LIMIT;
    }
    String digits = value.replaceFirst("^0+(?=.)", "");
    return digits.length() > 9 ? MAX_LIMIT : Math.min(MAX_LIMIT, Integer.parseInt(digits));
  }

  /**
   * {@code _get_collection_links}: whether a page gets a next link, which it does when it holds
   * exactly {@code min(limit, max_limit)} items (and that is not 0).
   */
  static boolean isFull(int limit, int items) {
    return limit > 0 && items == limit;
  }

  /**
   * Nova's {@code _get_next_link}: the request's parameters sorted by name and value, one value
   * per name (the last after sorting, so a repeated {@code status} keeps only one), then {@code
   * marker} set to the last id (in place if the request had one, else at the end), urlencoded as
   * Python's {@code urlencode} does.
   */
  static String nextHref(String collectionUrl, QueryParams q, String marker) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(q.pairs());
    pairs.sort(
        Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : pairs) {
      params.put(pair.getKey(), pair.getValue());
    }
    params.put("marker", marker);
    StringJoiner query = new StringJoiner("&");
    params.forEach((name, value) -> query.add(quotePlus(name) + "=" + quotePlus(value)));
    return collectionUrl + "?" + query;
  }

  /** Python's {@code urllib.parse.quote_plus} with no extra safe characters. */
  static String quotePlus(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '-'
          || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
