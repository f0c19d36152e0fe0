package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import io.github.stacksdk.compute.testing.FakeCompute;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The servers {@link WatchCost} watches, and the changes it makes to them: a project's fleet with
 * the fields a real one has (flavor, image, host, zone, key, metadata, a port with an IPv4 and an
 * IPv6 address, security group), a tenth of it stopped; each round updates most of the servers it
 * changes (stop or start, metadata, rename), deletes a few and creates as many.
 */
final class WatchedFleet {
  /** What a change did. */
  enum Kind {
    UPDATE,
    DELETE,
    CREATE
  }

  /** One change made to the cloud, with when it was made. */
  static final class Change {
    final String serverId;
    final Kind kind;

    /** The {@code updated} time Nova stored for it. */
    final Instant updated;

    final long madeNanos;
    final Instant madeCloud;

    Change(String serverId, Kind kind, Instant updated, long madeNanos, Instant madeCloud) {
      this.serverId = serverId;
      this.kind = kind;
      this.updated = updated;
      this.madeNanos = madeNanos;
      this.madeCloud = madeCloud;
    }
  }

  private static final String USER_ID = "5e3f1d7c2b9a4c6e8d0f1a2b3c4d5e6f";
  private static final String[] FLAVORS = {"1", "2", "3", "4"};
  private static final String[] IMAGES = {
    "2b8e1f4c-6a3d-4e5f-9c7b-1a2d3e4f5a6b",
    "7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f",
    "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70"
  };
  private static final String[] GROUPS = {"web", "api", "worker", "cache", "db"};
  private static final int HOSTS = 40;

  private final FakeCompute fake;
  private final CloudClock clock;
  private final String[] hostIds = new String[HOSTS];
  private final List<String> alive = new ArrayList<>();
  private final Random random = new Random(18);
  private int nextIndex;

  WatchedFleet(FakeCompute fake, CloudClock clock) {
    this.fake = fake;
    this.clock = clock;
    for (int h = 0; h < HOSTS; h++) {
      hostIds[h] = hostId(fake.projectId(), host(h));
    }
  }

  /** Adds {@code count} servers, created one by one over the 90 days before the clock's now. */
  void seed(int count) {
    Instant now = clock.instant();
    Duration spacing = Duration.ofDays(90).dividedBy(count);
    for (int i = 0; i < count; i++) {
      Instant created = now.minus(Duration.ofDays(90)).plus(spacing.multipliedBy(i));
      created = created.truncatedTo(ChronoUnit.SECONDS);
      Server.Builder b = server(nextIndex++, created);
      if (i % 10 == 3) {
        // Stopped some hours after creation, and never later than now: an updated time in the
        // future would make the watch take every later change for an older answer.
        Instant stopped = created.plus(Duration.ofHours(5));
        Instant latest = now.minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        b.statusAsString("SHUTOFF")
            .vmStateAsString("stopped")
            .powerStateCode(4)
            .updated(stopped.isBefore(latest) ? stopped : latest);
      }
      Server server = b.build();
      fake.addServer(server);
      alive.add(server.id());
    }
  }

  /**
   * Makes {@code count} changes to as many servers, about one in twenty a deletion and as many
   * creations, the rest updates, in random order; before each, {@code beforeEach} runs (the
   * driver moves the cloud's clock there).
   */
  List<Change> changeSome(int count, int round, Runnable beforeEach) {
    int deletions = Math.max(1, count / 20);
    List<Kind> kinds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      kinds.add(i < deletions ? Kind.DELETE : i < 2 * deletions ? Kind.CREATE : Kind.UPDATE);
    }
    Collections.shuffle(kinds, random);
    // Distinct servers: one change per server per round, as the latency check assumes.
    Collections.shuffle(alive, random);
    List<String> picked = new ArrayList<>(alive.subList(alive.size() - count, alive.size()));
    List<Change> changes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      beforeEach.run();
      String id = picked.get(i);
      Server stored;
      switch (kinds.get(i)) {
        case DELETE:
          stored = fake.deleteServer(id);
          alive.remove(id);
          break;
        case CREATE:
          stored = fake.createServer(created(nextIndex++));
          alive.add(stored.id());
          break;
        default:
          int what = random.nextInt(10);
          stored = fake.updateServer(id, s -> update(s, what, round));
          break;
      }
      changes.add(
          new Change(
              stored.id(),
              kinds.get(i),
              stored.updated().orElseThrow(),
              System.nanoTime(),
              clock.instant()));
    }
    return changes;
  }

  /** Four in ten stop or start the server, three change its metadata, three rename it. */
  private static Server update(Server s, int what, int round) {
    if (what < 4) {
      boolean active = s.statusAsString().orElse("").equals("ACTIVE");
      return s.toBuilder()
          .statusAsString(active ? "SHUTOFF" : "ACTIVE")
          .vmStateAsString(active ? "stopped" : "active")
          .taskStateAsString(Optional.empty())
          .powerStateCode(active ? 4 : 1)
          .build();
    }
    if (what < 7) {
      return s.toBuilder().putMetadata("deployed", "release-" + round).build();
    }
    return s.toBuilder().name(s.name().orElse("app") + "-r" + round).build();
  }

  /** A server being built, as Nova's API creates one; its first update makes it ACTIVE. */
  private Server created(int i) {
    return server(i, null)
        .statusAsString("BUILD")
        .vmStateAsString("building")
        .taskStateAsString("spawning")
        .powerStateCode(0)
        .launchedAt(Optional.empty())
        .build();
  }

  /** A running server; {@code created} and {@code updated} from the clock when null. */
  private Server.Builder server(int i, @Nullable Instant created) {
    int h = i % HOSTS;
    String name = String.format(Locale.ROOT, "app-%05d", i);
    String mac =
        String.format(
            Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff);
    Server.Builder b =
        Server.builder()
            .id(id(i))
            .name(name)
            .statusAsString("ACTIVE")
            .userId(USER_ID)
            .hostId(hostIds[h])
            .host(host(h))
            .hypervisorHostname(host(h))
            .availabilityZone("az-" + (1 + i % 3))
            .keyName("deploy-key")
            .diskConfig("MANUAL")
            .configDrive(false)
            .powerStateCode(1)
            .vmStateAsString("active")
            .flavor(ServerFlavor.builder().id(FLAVORS[i % FLAVORS.length]).build())
            .image(ServerImage.builder().id(IMAGES[i % IMAGES.length]).build())
            .putMetadata("group", GROUPS[i % GROUPS.length])
            .putMetadata("env", i % 10 == 0 ? "staging" : "prod")
            .addSecurityGroup(ServerSecurityGroup.builder().name("default").build())
            .addresses(
                Map.of(
                    "private",
                    List.of(
                        address(
                            String.format(
                                Locale.ROOT,
                                "10.%d.%d.%d",
                                i >> 16 & 0xff,
                                i >> 8 & 0xff,
                                i & 0xff),
                            mac),
                        address("fd00:10::" + Integer.toHexString(i + 1), mac))));
    if (created != null) {
      b.created(created).updated(created.plusSeconds(42)).launchedAt(created.plusSeconds(40));
    }
    return b;
  }

  private static Address address(String addr, String mac) {
    return Address.builder().addr(addr).typeAsString("fixed").macAddress(mac).build();
  }

  static String id(int i) {
    return new UUID(0x3a7c_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
  }

  private static String host(int h) {
    return String.format(Locale.ROOT, "compute-%02d", h + 1);
  }

  /** Nova's hostId: SHA-224 of the project id and the host name. */
  private static String hostId(String projectId, String host) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-224")
              .digest((projectId + host).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte d : digest) {
        hex.append(String.format(Locale.ROOT, "%02x", d));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-224 is a standard algorithm", e);
    }
  }
}
