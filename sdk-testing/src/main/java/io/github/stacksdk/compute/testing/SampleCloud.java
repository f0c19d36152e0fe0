package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.AttachedVolume;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A realistic, deterministic cloud for {@link FakeCompute}: 37 servers, the same ones (ids,
 * addresses, timestamps) on every run.
 *
 * <pre>{@code
 * try (FakeCompute fake = FakeCompute.start()) {
 *   SampleCloud.populate(fake);
 *   // 34 servers in the token's project, 2 more with all_tenants, 1 deleted
 * }
 * }</pre>
 *
 * <p>What it holds: one server created per day in the order listed, from 40 to 5 days before {@link
 * #NOW}, except the build (10 minutes before) and the deleted server (45 days before):
 *
 * <table>
 *   <caption>The sample servers</caption>
 *   <tr><th>servers</th><th>flavor, image</th><th>state</th></tr>
 *   <tr><td>{@code db-01..08}</td><td>m1.large; debian-12, db-01 booted from a volume</td>
 *       <td>ACTIVE; db-07, db-08 SHUTOFF; db-05 locked ("maintenance")</td></tr>
 *   <tr><td>{@code web-01..12}</td><td>m1.small, ubuntu-22.04</td>
 *       <td>ACTIVE; web-12 SUSPENDED; on the public and the private network, with a floating IP</td></tr>
 *   <tr><td>{@code cache-01..06}</td><td>m1.medium, cirros-0.6.2</td>
 *       <td>ACTIVE; cache-01, cache-02 PAUSED; cache-03 locked without a reason</td></tr>
 *   <tr><td>{@code batch-01..08}</td><td>m1.tiny, cirros-0.6.2</td>
 *       <td>ACTIVE; batch-06 SHUTOFF; batch-07 BUILD (spawning); batch-08 ERROR (no valid host)</td></tr>
 *   <tr><td>{@code demo-01..02}</td><td>m1.tiny, cirros-0.6.2</td>
 *       <td>ACTIVE, in project {@link #DEMO_PROJECT_ID}</td></tr>
 *   <tr><td>{@code batch-00}</td><td>m1.tiny, cirros-0.6.2</td><td>DELETED three days ago</td></tr>
 * </table>
 *
 * <p>Servers that were stopped, paused, suspended or locked changed within the last two days, so
 * {@code changes-since} a week ago finds them. Every server but the one in ERROR and the one in
 * BUILD has addresses (a fixed IPv4 and IPv6 or floating IPv4 on {@code private}; web servers also
 * a fixed IPv4 and IPv6 on {@code public}) and one virtual interface per network with the same
 * addresses. Web servers are tagged {@code frontend} (web-01, web-02 also {@code canary}), db
 * servers {@code backend} and {@code stateful}, cache servers {@code backend}.
 */
public final class SampleCloud {
  /** The instant the sample's timestamps are relative to. */
  public static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");

  /** The project of {@code demo-01} and {@code demo-02}; the others are the fake's project's. */
  public static final String DEMO_PROJECT_ID = "de7000000000400080000000000000d2";

  /** The flavor ids. */
  public static final String FLAVOR_TINY = "1";

  /** The id of flavor {@code m1.small}. */
  public static final String FLAVOR_SMALL = "2";

  /** The id of flavor {@code m1.medium}. */
  public static final String FLAVOR_MEDIUM = "3";

  /** The id of flavor {@code m1.large}. */
  public static final String FLAVOR_LARGE = "4";

  /** The id of image {@code ubuntu-22.04}. */
  public static final String IMAGE_UBUNTU = "2b8e1f4c-6a3d-4e5f-9c7b-1a2d3e4f5a6b";

  /** The id of image {@code cirros-0.6.2}. */
  public static final String IMAGE_CIRROS = "7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f";

  /** The id of image {@code debian-12}. */
  public static final String IMAGE_DEBIAN = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70";

  /** The id of network {@code public}. */
  public static final String NETWORK_PUBLIC = "6f2a7a3e-0c1d-4b8e-9f5a-3c2b1a0d9e8f";

  /** The id of network {@code private}. */
  public static final String NETWORK_PRIVATE = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

  /** The server group of the web servers (shown from microversion 2.71). */
  public static final String WEB_SERVER_GROUP = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";

  private static final Instant FIRST_CREATED = NOW.minus(Duration.ofDays(40));

  private SampleCloud() {}

  /**
   * Adds the sample's servers and their virtual interfaces to a fake, with the key pairs they
   * name (the fake's own user's) and the web servers' anti-affinity group.
   *
   * @param fake the fake; servers with the same ids are replaced
   */
  public static void populate(FakeCompute fake) {
    List<Sample> samples = samples(fake.projectId());
    for (Sample sample : samples) {
      fake.addServer(sample.server);
      fake.addVirtualInterfaces(sample.server.id(), sample.interfaces);
    }
    // The key pairs the project's servers name, as the fake's own user imported them.
    fake.addKeypair("ops-key", OPS_KEY, "ssh");
    fake.addKeypair("deploy-key", DEPLOY_KEY, "ssh");
    fake.addServerGroup(
        ServerGroup.builder()
            .id(WEB_SERVER_GROUP)
            .name("web")
            .policy("anti-affinity")
            .members(
                samples.stream()
                    .filter(sample -> sample.server.serverGroups().contains(WEB_SERVER_GROUP))
                    .map(sample -> sample.server.id())
                    .collect(Collectors.toList()))
            .build());
  }

  /** Ed25519 public keys of no private key anyone holds (a hash of the name as the key). */
  private static final String OPS_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICxpvJERwnEQqbmnl0uj+KwMBTwWsjoHOBFe6Cn7xNV7 ops-key";

  private static final String DEPLOY_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID4kXjdausziwx+dubBjmUuac8XBnYOaPOIed5gxEb00"
          + " deploy-key";

  /** A server and its virtual interfaces. */
  private static final class Sample {
    final Server server;
    final List<VirtualInterface> interfaces;

    Sample(Server server, List<VirtualInterface> interfaces) {
      this.server = server;
      this.interfaces = interfaces;
    }
  }

  private static List<Sample> samples(String projectId) {
    List<Sample> samples = new ArrayList<>();
    int day = 0;
    for (int i = 1; i <= 8; i++) {
      samples.add(db(projectId, i, day++));
    }
    for (int i = 1; i <= 12; i++) {
      samples.add(web(projectId, i, day++));
    }
    for (int i = 1; i <= 6; i++) {
      samples.add(cache(projectId, i, day++));
    }
    for (int i = 1; i <= 8; i++) {
      samples.add(batch(projectId, i, day++));
    }
    for (int i = 1; i <= 2; i++) {
      samples.add(demo(i, day++));
    }
    samples.add(deletedBatch(projectId));
    return samples;
  }

  private static Sample db(String projectId, int i, int day) {
    String name = name("db", i);
    Server.Builder b =
        base(projectId, name, day, "compute-0" + (3 + i % 2), "az-2")
            .flavor(flavor(FLAVOR_LARGE))
            .keyName("ops-key")
            .configDrive(true)
            .putMetadata("group", "db")
            .putMetadata("env", "prod")
            .addTag("backend")
            .addTag("stateful")
            .description("database server " + String.format(Locale.ROOT, "%02d", i))
            .addVolumesAttached(volume(name + "-data", false));
    if (i == 1) {
      b.addVolumesAttached(volume(name + "-root", true)).rootDeviceName("/dev/vda");
    } else {
      b.image(image(IMAGE_DEBIAN));
    }
    if (i >= 7) {
      stopped(b, day, 4 + i);
    }
    if (i == 5) {
      b.locked(true).lockedReason("maintenance").updated(NOW.minus(Duration.ofHours(30)));
    }
    Map<String, List<Address>> addresses = privateOnly(i + 10, false);
    return new Sample(b.addresses(addresses).build(), interfaces(name, addresses));
  }

  private static Sample web(String projectId, int i, int day) {
    String name = name("web", i);
    Server.Builder b =
        base(projectId, name, day, "compute-0" + (1 + i % 2), i % 2 == 1 ? "az-1" : "az-2")
            .flavor(flavor(FLAVOR_SMALL))
            .image(image(IMAGE_UBUNTU))
            .keyName("deploy-key")
            .diskConfig("AUTO")
            .putMetadata("group", "web")
            .putMetadata("env", i <= 10 ? "prod" : "staging")
            .addTag("frontend")
            .addSecurityGroup(ServerSecurityGroup.builder().name("web").build())
            .addServerGroup(WEB_SERVER_GROUP)
            .description("web server " + String.format(Locale.ROOT, "%02d", i));
    if (i <= 2) {
      b.addTag("canary");
    }
    if (i == 12) {
      b.statusAsString("SUSPENDED")
          .vmStateAsString("suspended")
          .powerStateCode(7)
          .updated(NOW.minus(Duration.ofHours(6)));
    }
    Map<String, List<Address>> addresses = new LinkedHashMap<>();
    String mac = mac(1, 20 + i);
    addresses.put(
        "public",
        List.of(
            fixed("203.0.113." + (20 + i), mac),
            fixed("2001:db8:0:1::" + Integer.toHexString(20 + i), mac)));
    addresses.putAll(privateOnly(20 + i, true));
    if (i == 1) {
      b.accessIPv4("203.0.113.21").accessIPv6("2001:db8:0:1::15");
    }
    return new Sample(b.addresses(addresses).build(), interfaces(name, addresses));
  }

  private static Sample cache(String projectId, int i, int day) {
    String name = name("cache", i);
    Server.Builder b =
        base(projectId, name, day, "compute-02", "az-1")
            .flavor(flavor(FLAVOR_MEDIUM))
            .image(image(IMAGE_CIRROS))
            .putMetadata("group", "cache")
            .addTag("backend");
    if (i <= 2) {
      b.statusAsString("PAUSED")
          .vmStateAsString("paused")
          .powerStateCode(3)
          .updated(NOW.minus(Duration.ofHours(20 + i)));
    }
    if (i == 3) {
      b.locked(true).updated(NOW.minus(Duration.ofHours(40)));
    }
    Map<String, List<Address>> addresses = privateOnly(40 + i, false);
    return new Sample(b.addresses(addresses).build(), interfaces(name, addresses));
  }

  private static Sample batch(String projectId, int i, int day) {
    String name = name("batch", i);
    Server.Builder b =
        base(projectId, name, day, "compute-04", "az-1")
            .flavor(flavor(FLAVOR_TINY))
            .image(image(IMAGE_CIRROS))
            .putMetadata("group", "batch")
            .userData("IyEvYmluL3NoCmVjaG8gJ2JhdGNoIHdvcmtlcicK");
    Map<String, List<Address>> addresses = privateOnly(50 + i, false);
    if (i == 6) {
      stopped(b, day, 12);
    } else if (i == 7) {
      Instant created = NOW.minus(Duration.ofMinutes(10));
      b.statusAsString("BUILD")
          .vmStateAsString("building")
          .taskStateAsString("spawning")
          .powerStateCode(0)
          .progress(40)
          .created(created)
          .updated(created.plusSeconds(20))
          .launchedAt(Optional.empty());
      addresses = Map.of();
    } else if (i == 8) {
      Instant failed = createdAt(day).plusSeconds(3);
      b.statusAsString("ERROR")
          .vmStateAsString("error")
          .powerStateCode(0)
          .updated(failed)
          .host(Optional.empty())
          .hypervisorHostname(Optional.empty())
          .availabilityZone(Optional.empty())
          .hostId(Optional.empty())
          .hostStatus(Optional.empty())
          .launchedAt(Optional.empty())
          .rootDeviceName(Optional.empty())
          .fault(
              ServerFault.builder()
                  .code(500)
                  .message("No valid host was found. There are not enough hosts available.")
                  .created(failed)
                  .details(
                      "Traceback (most recent call last):\n"
                          + "  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 1580, "
                          + "in schedule_and_build_instances\n"
                          + "nova.exception.NoValidHost: No valid host was found. "
                          + "There are not enough hosts available.\n")
                  .build());
      addresses = Map.of();
    }
    return new Sample(b.addresses(addresses).build(), interfaces(name, addresses));
  }

  private static Sample demo(int i, int day) {
    String name = name("demo", i);
    Server.Builder b =
        base(DEMO_PROJECT_ID, name, day, "compute-01", "az-1")
            .tenantId(DEMO_PROJECT_ID)
            .userId("de7000000000400080000000000000e5")
            .flavor(flavor(FLAVOR_TINY))
            .image(image(IMAGE_CIRROS))
            .keyName("demo-key")
            .putMetadata("group", "demo");
    Map<String, List<Address>> addresses = privateOnly(70 + i, true);
    return new Sample(b.addresses(addresses).build(), interfaces(name, addresses));
  }

  /** A server deleted three days ago: listed only with changes-since or {@code deleted=true}. */
  private static Sample deletedBatch(String projectId) {
    Instant created = FIRST_CREATED.minus(Duration.ofDays(5));
    Instant deleted = NOW.minus(Duration.ofDays(3));
    Server server =
        base(projectId, "batch-00", -5, "compute-04", "az-1")
            .flavor(flavor(FLAVOR_TINY))
            .image(image(IMAGE_CIRROS))
            .putMetadata("group", "batch")
            .statusAsString("DELETED")
            .vmStateAsString("deleted")
            .powerStateCode(0)
            .created(created)
            .updated(deleted)
            .terminatedAt(deleted)
            .build();
    return new Sample(server, List.of());
  }

  /** What every sample server has: an ACTIVE, running server made {@code day} days after the first. */
  private static Server.Builder base(
      String projectId, String name, int day, String host, String zone) {
    Instant created = createdAt(day);
    return Server.builder()
        .id(uuid("server:" + name))
        .name(name)
        .statusAsString("ACTIVE")
        .userId(Keystone.USER_ID)
        .created(created)
        .updated(created.plusSeconds(42))
        .hostId(hostId(projectId, host))
        .host(host)
        .hypervisorHostname(host)
        .hostStatus("UP")
        .availabilityZone(zone)
        .diskConfig("MANUAL")
        .configDrive(false)
        .powerStateCode(1)
        .vmStateAsString("active")
        .launchedAt(created.plusSeconds(40))
        .reservationId("r-" + uuid("reservation:" + name).substring(0, 8))
        .launchIndex(0)
        .hostname(name)
        .rootDeviceName("/dev/vda")
        .addSecurityGroup(ServerSecurityGroup.builder().name("default").build());
  }

  /** Day {@code day} after the first server, at a minute that varies from day to day. */
  private static Instant createdAt(int day) {
    return FIRST_CREATED.plus(Duration.ofDays(day)).plus(Duration.ofMinutes((day * 37L) % 60));
  }

  private static void stopped(Server.Builder b, int day, int hoursAgo) {
    b.statusAsString("SHUTOFF")
        .vmStateAsString("stopped")
        .powerStateCode(4)
        .updated(NOW.minus(Duration.ofHours(hoursAgo + day % 3)));
  }

  private static String name(String prefix, int i) {
    return String.format(Locale.ROOT, "%s-%02d", prefix, i);
  }

  private static ServerFlavor flavor(String id) {
    ServerFlavor.Builder f = ServerFlavor.builder().id(id).ephemeral(0).swap(0);
    switch (id) {
      case FLAVOR_TINY:
        return f.originalName("m1.tiny").vcpus(1).ram(512).disk(1).build();
      case FLAVOR_SMALL:
        return f.originalName("m1.small").vcpus(1).ram(2048).disk(20).build();
      case FLAVOR_MEDIUM:
        return f.originalName("m1.medium").vcpus(2).ram(4096).disk(40).build();
      default:
        return f.originalName("m1.large")
            .vcpus(4)
            .ram(8192)
            .disk(80)
            .putExtraSpec("hw:mem_page_size", "large")
            .build();
    }
  }

  private static ServerImage image(String id) {
    ServerImage.Builder image = ServerImage.builder().id(id);
    if (id.equals(IMAGE_UBUNTU)) {
      image.putProperty("os_distro", "ubuntu").putProperty("os_version", "22.04");
    }
    return image.build();
  }

  private static AttachedVolume volume(String name, boolean deleteOnTermination) {
    return AttachedVolume.builder()
        .id(uuid("volume:" + name))
        .deleteOnTermination(deleteOnTermination)
        .build();
  }

  /** A fixed IPv4 and a fixed IPv6 on {@code private}, or a fixed and a floating IPv4. */
  private static Map<String, List<Address>> privateOnly(int host, boolean floating) {
    String mac = mac(2, host);
    Address second =
        floating
            ? Address.builder()
                .addr("198.51.100." + host)
                .version(4)
                .typeAsString("floating")
                .macAddress(mac)
                .build()
            : fixed("fd00:10::" + Integer.toHexString(host), mac);
    Map<String, List<Address>> addresses = new LinkedHashMap<>();
    addresses.put("private", List.of(fixed("10.0.0." + host, mac), second));
    return addresses;
  }

  private static Address fixed(String addr, String mac) {
    return Address.builder().addr(addr).typeAsString("fixed").macAddress(mac).build();
  }

  private static String mac(int network, int host) {
    return String.format(
        Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", network, host, (network * 31 + host * 7) % 256);
  }

  /** One virtual interface per network, holding the network's addresses. */
  private static List<VirtualInterface> interfaces(
      String name, Map<String, List<Address>> addresses) {
    List<VirtualInterface> vifs = new ArrayList<>();
    for (Map.Entry<String, List<Address>> network : addresses.entrySet()) {
      String networkId = network.getKey().equals("public") ? NETWORK_PUBLIC : NETWORK_PRIVATE;
      VirtualInterface.Builder vif =
          VirtualInterface.builder()
              .id(uuid("vif:" + name + ":" + network.getKey()))
              .macAddress(network.getValue().get(0).macAddress().orElseThrow());
      for (Address address : network.getValue()) {
        vif.addIpAddress(
            VirtualInterfaceAddress.builder()
                .address(address.addr())
                .networkId(networkId)
                .networkLabel(network.getKey())
                .build());
      }
      vifs.add(vif.build());
    }
    return List.copyOf(vifs);
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(("stacksdk-sample/" + seed).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Nova's hostId: SHA-224 of the project id and the host name. */
  private static String hostId(String projectId, String host) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-224")
              .digest((projectId + host).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format(Locale.ROOT, "%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-224 is a standard algorithm", e);
    }
  }
}
