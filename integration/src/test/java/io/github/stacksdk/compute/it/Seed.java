package io.github.stacksdk.compute.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What {@code integration/nova/seed.sh} creates, by server name (ids change with every seed). */
final class Seed {
  /** The one host of the loopback Nova, where every service runs and every server is built. */
  static final String HOST = "fake-compute";

  static final List<String> WEB = names("web", 12);
  static final List<String> DB = names("db", 10);
  static final List<String> CACHE = names("cache", 8);
  static final List<String> BROKEN = List.of("broken-01");
  static final List<String> DEMO = names("demo", 2);

  /** The admin project's servers: 31. */
  static final Set<String> ADMIN = union(WEB, DB, CACHE, BROKEN);

  /** Stopped and paused after the recorded changes-since instant. */
  static final Set<String> SHUTOFF = Set.of("db-01", "db-02", "db-03");

  static final Set<String> PAUSED = Set.of("cache-01", "cache-02");
  static final Set<String> ERROR = Set.of("broken-01");
  static final Set<String> CHANGED = union(List.copyOf(SHUTOFF), List.copyOf(PAUSED));
  static final Set<String> ACTIVE = minus(ADMIN, union(List.copyOf(CHANGED), BROKEN));

  /** Tags given at boot: web-01..04 frontend, web-01..02 also canary, db-* backend. */
  static final Set<String> FRONTEND = Set.of("web-01", "web-02", "web-03", "web-04");

  static final Set<String> CANARY = Set.of("web-01", "web-02");
  static final Set<String> BACKEND = Set.copyOf(DB);

  /** Locked before changes-since: db-04 with a reason, cache-03 without. */
  static final Set<String> LOCKED = Set.of("db-04", "cache-03");

  static final String LOCKED_REASON = "maintenance";

  private Seed() {}

  static Set<String> minus(Set<String> all, Set<String> removed) {
    Set<String> result = new TreeSet<>(all);
    result.removeAll(removed);
    return Collections.unmodifiableSet(result);
  }

  @SafeVarargs
  static Set<String> union(List<String>... parts) {
    Set<String> result = new TreeSet<>();
    for (List<String> part : parts) {
      result.addAll(part);
    }
    return Collections.unmodifiableSet(result);
  }

  private static List<String> names(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(String.format("%s-%02d", prefix, i));
    }
    return Collections.unmodifiableList(names);
  }
}
