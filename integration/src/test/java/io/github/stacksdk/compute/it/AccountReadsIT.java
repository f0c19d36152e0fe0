package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.keypair.Keypair;
import io.github.stacksdk.compute.model.quota.AbsoluteLimits;
import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import io.github.stacksdk.compute.model.quota.QuotaUsage;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import io.github.stacksdk.compute.model.zone.AvailabilityZoneHost;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The reads of a project's and a user's own things through {@code compute.keypairs()}, {@code
 * availabilityZones()}, {@code serverGroups()} and {@code quotas()}, on each cloud: key pairs and
 * server groups made for the test (the SDK cannot create them yet, so the cloud makes and deletes
 * them: with raw requests on the real Nova, with the fake's seeding methods on the fake, which
 * takes no writes of them), the seed's zone and host, and the limits, quotas and usage the seed's
 * configuration and servers make ({@code integration/nova/setup.sh} and {@code seed.sh}).
 *
 * <p>What the test makes lives in a noauth2 project of its own, {@code reads}, whose only user is
 * {@code reads} ({@code reads:reads}); it deletes all it made, so the seed's projects stay as they
 * were.
 */
final class AccountReadsIT {
  static final String PROJECT = "reads";

  /** As the other tests pin it; 2.64 or later gives a server group's policy and rules. */
  private static final String MICROVERSION = "2.79";

  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  @OnEachCloud
  void keypairs_listPagedByName_getAndFind(Cloud cloud) {
    String member = Cloud.memberToken(PROJECT);
    List<String> names = List.of("reads-kp-1", "reads-kp-2", "reads-kp-3");
    Map<String, String> keys =
        names.stream().collect(Collectors.toMap(n -> n, AccountReadsIT::sshRsaPublicKey));
    deleteKeypairs(cloud, member);
    try (ComputeClient user = cloud.member(PROJECT).microversion(MICROVERSION).build();
        ComputeClient old = cloud.member(PROJECT).microversion("2.34").build();
        ComputeClient admin = cloud.admin().microversion(MICROVERSION).build()) {
      for (String name : names) {
        cloud.createKeypair(PROJECT, name, keys.get(name));
      }

      // Nova lists a user's key pairs by name; from 2.35 in pages, each linked to the next by the
      // name of its last key pair, also when the page is the last (the empty page ends it).
      List<Page<Keypair>> pages = new ArrayList<>();
      user.keypairs().list(r -> r.pageSize(2)).pages().forEach(pages::add);
      assertThat(pages.stream().map(p -> p.items().size())).containsExactly(2, 1);
      assertThat(pages.get(0).nextMarker()).contains("reads-kp-2");
      List<Keypair> listed =
          pages.stream().flatMap(p -> p.items().stream()).collect(Collectors.toList());
      assertThat(listed).extracting(Keypair::name).containsExactlyElementsOf(names);
      for (Keypair k : listed) {
        assertThat(k.publicKey()).contains(keys.get(k.name()));
        assertThat(k.fingerprint()).contains(md5Fingerprint(keys.get(k.name())));
        assertThat(k.type()).contains("ssh");
        // A listing's key pair has no user, id or time; a show has them.
        assertThat(k.userId()).isEmpty();
        assertThat(k.id()).isEmpty();
        assertThat(k.createdAt()).isEmpty();
      }
      // A page exactly as full as asked for still links to a next one, which is empty.
      Cloud.Connections connections = new Cloud.Connections();
      try (ComputeClient counted =
          cloud
              .member(PROJECT)
              .microversion(MICROVERSION)
              .httpClient(connections.client())
              .build()) {
        assertThat(counted.keypairs().list(r -> r.pageSize(3)).stream().map(Keypair::name))
            .containsExactlyElementsOf(names);
        assertThat(connections.calls).hasValue(2);
      }
      // Before 2.35 one answer holds them all; paging is refused before anything is sent.
      assertThat(old.keypairs().list().stream().map(Keypair::name))
          .containsExactlyElementsOf(names);
      assertThatThrownBy(() -> old.keypairs().list(r -> r.pageSize(2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.35");

      Keypair shown = user.keypairs().get("reads-kp-1");
      assertThat(shown.userId()).contains(PROJECT);
      assertThat(shown.publicKey()).contains(keys.get("reads-kp-1"));
      assertThat(shown.type()).contains("ssh");
      assertThat(shown.id()).isPresent();
      assertThat(shown.createdAt()).isPresent();
      assertThat(shown.deleted()).contains(false);
      assertThat(shown.deletedAt()).isEmpty();
      assertThat(shown.updatedAt()).isEmpty();
      assertThat(shown.privateKey()).isEmpty();
      assertThat(user.keypairs().find("reads-kp-2").map(Keypair::name)).contains("reads-kp-2");
      assertThat(user.keypairs().find("reads-kp-9")).isEmpty();
      ResourceNotFoundException missing =
          catchThrowableOfType(
              () -> user.keypairs().get("reads-kp-9"), ResourceNotFoundException.class);
      assertThat(missing).isNotNull();
      assertThat(missing.faultMessage()).isEqualTo("Keypair reads-kp-9 not found for user reads");

      // The admin reads another user's key pairs only by naming the user (2.10); before 2.10
      // Nova ignores user_id and lists the admin's own, which is why the SDK refuses it there.
      assertThat(
              send(
                      cloud,
                      cloud.adminToken(),
                      "GET",
                      "/os-keypairs?user_id=" + PROJECT,
                      "2.9",
                      null,
                      200)
                  .path("keypairs"))
          .isEmpty();
      assertThat(admin.keypairs().find("reads-kp-1")).isEmpty();
      assertThat(admin.keypairs().get("reads-kp-1", PROJECT).id()).isEqualTo(shown.id());
      assertThat(admin.keypairs().list(r -> r.userId(PROJECT)).stream().map(Keypair::name))
          .containsExactlyElementsOf(names);
      PermissionDeniedException denied =
          catchThrowableOfType(
              () -> user.keypairs().list(r -> r.userId("admin")).stream().count(),
              PermissionDeniedException.class);
      assertThat(denied).isNotNull();
      assertThat(denied.faultMessage())
          .isEqualTo("Policy doesn't allow os_compute_api:os-keypairs:index to be performed.");

      // Nova never counts key pairs in a quota's usage, though the user has three.
      QuotaSetDetail detail = user.quotas().detail(PROJECT, PROJECT);
      assertThat(detail.keyPairs().flatMap(q -> toOptional(q.inUse()))).contains(0);
      assertThat(detail.keyPairs().flatMap(q -> toOptional(q.limit()))).contains(100);
    } finally {
      deleteKeypairs(cloud, member);
    }
  }

  @OnEachCloud
  void availabilityZones_theSeedsZoneAndItsHost(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(MICROVERSION).build();
        ComputeClient user = cloud.member(PROJECT).microversion(MICROVERSION).build()) {
      // The summary leaves out the internal zone; a member may read it.
      List<AvailabilityZone> zones = user.availabilityZones().list();
      assertThat(zones).extracting(AvailabilityZone::name).containsExactly("nova");
      assertThat(zones.get(0).available()).contains(true);
      assertThat(zones.get(0).hosts()).isEmpty();

      // The detail has the internal zone too, with the scheduler's and the conductor's host.
      List<AvailabilityZone> detailed = admin.availabilityZones().listDetailed();
      assertThat(detailed).extracting(AvailabilityZone::name).containsExactly("internal", "nova");
      AvailabilityZone internal = detailed.get(0);
      assertThat(internal.hosts()).hasSize(1);
      assertThat(internal.hosts().values().iterator().next().services())
          .containsOnlyKeys("nova-scheduler", "nova-conductor");
      AvailabilityZone nova = detailed.get(1);
      assertThat(nova.available()).contains(true);
      assertThat(nova.hosts()).hasSize(1);
      AvailabilityZoneHost host = nova.hosts().values().iterator().next();
      assertThat(host.services()).containsOnlyKeys("nova-compute");
      assertThat(host.services().get("nova-compute"))
          .satisfies(
              s -> {
                assertThat(s.available()).contains(true);
                assertThat(s.active()).contains(true);
                assertThat(s.updatedAt()).isPresent();
              });
      // One host runs every service of this cloud.
      assertThat(nova.hosts().keySet()).isEqualTo(internal.hosts().keySet());

      PermissionDeniedException denied =
          catchThrowableOfType(
              () -> user.availabilityZones().listDetailed(), PermissionDeniedException.class);
      assertThat(denied).isNotNull();
      assertThat(denied.faultMessage())
          .isEqualTo(
              "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed.");
    }
  }

  @OnEachCloud
  void serverGroups_listPagedByOffset_get_andTheUsage(Cloud cloud) {
    String member = Cloud.memberToken(PROJECT);
    List<String> made = new ArrayList<>();
    deleteServerGroups(cloud, member);
    try (ComputeClient user = cloud.member(PROJECT).microversion(MICROVERSION).build();
        ComputeClient old = cloud.member(PROJECT).microversion("2.63").build();
        ComputeClient admin = cloud.admin().microversion(MICROVERSION).build();
        ComputeClient demo = cloud.demo().microversion(MICROVERSION).build()) {
      String[][] groups = {
        {"reads-sg-1", "anti-affinity", "2"},
        {"reads-sg-2", "affinity", null},
        {"reads-sg-3", "soft-anti-affinity", null},
      };
      for (String[] group : groups) {
        Map<String, Integer> rules =
            group[2] == null ? Map.of() : Map.of("max_server_per_host", Integer.parseInt(group[2]));
        made.add(cloud.createServerGroup(PROJECT, group[0], group[1], rules));
      }

      List<String> unpaged =
          user.serverGroups().list().stream().map(ServerGroup::id).collect(Collectors.toList());
      assertThat(unpaged).containsExactlyInAnyOrderElementsOf(made);
      // Pages of 2: a full page, then a short one that ends the listing (Nova sends no links).
      Cloud.Connections connections = new Cloud.Connections();
      try (ComputeClient counted =
          cloud
              .member(PROJECT)
              .microversion(MICROVERSION)
              .httpClient(connections.client())
              .build()) {
        List<Page<ServerGroup>> pages = new ArrayList<>();
        counted.serverGroups().list(r -> r.pageSize(2)).pages().forEach(pages::add);
        assertThat(pages.stream().map(p -> p.items().size())).containsExactly(2, 1);
        assertThat(
                pages.stream()
                    .flatMap(p -> p.items().stream())
                    .map(ServerGroup::id)
                    .collect(Collectors.toList()))
            .containsExactlyElementsOf(unpaged);
        assertThat(connections.calls).hasValue(2);
        // Pages of 1: three full pages and an empty one.
        assertThat(counted.serverGroups().list(r -> r.pageSize(1)).stream().map(ServerGroup::id))
            .containsExactlyElementsOf(unpaged);
        assertThat(connections.calls).hasValue(2 + 4);
        // Starting at an offset skips that many.
        assertThat(
                counted.serverGroups().list(r -> r.offset(1).pageSize(5)).stream()
                    .map(ServerGroup::id))
            .containsExactlyElementsOf(unpaged.subList(1, 3));
      }

      ServerGroup first = user.serverGroups().get(made.get(0));
      assertThat(first.name()).contains("reads-sg-1");
      assertThat(first.policy()).contains("anti-affinity");
      assertThat(first.maxServerPerHost()).hasValue(2);
      assertThat(first.members()).isEmpty();
      assertThat(first.projectId()).contains(PROJECT);
      assertThat(first.userId()).contains(PROJECT);
      assertThat(first.policies()).isEmpty();
      assertThat(first.metadata()).isEmpty();
      assertThat(user.serverGroups().get(made.get(1)).rules()).isEmpty();
      // Before 2.64 the policy is a list of one, with empty metadata, and no rules.
      ServerGroup before = old.serverGroups().get(made.get(0));
      assertThat(before.policies()).containsExactly("anti-affinity");
      assertThat(before.policy()).isEmpty();
      assertThat(before.rules()).isEmpty();
      assertThat(before.additionalProperties()).isEmpty();

      // The admin sees them with allProjects only; another project's member not at all (404).
      assertThat(admin.serverGroups().list().stream().map(ServerGroup::id))
          .doesNotContainAnyElementsOf(made);
      assertThat(admin.serverGroups().list(r -> r.allProjects(true)).stream().map(ServerGroup::id))
          .containsAll(made);
      assertThat(demo.serverGroups().list(r -> r.allProjects(true)).stream().map(ServerGroup::id))
          .doesNotContainAnyElementsOf(made);
      // Nova tests all_projects for its presence only: "false" lists every project's too.
      JsonNode allFalse =
          send(
              cloud,
              cloud.adminToken(),
              "GET",
              "/os-server-groups?all_projects=false",
              "2.79",
              null,
              200);
      List<String> listedIds = new ArrayList<>();
      allFalse.path("server_groups").forEach(g -> listedIds.add(g.path("id").asText()));
      assertThat(listedIds).containsAll(made);
      ResourceNotFoundException hidden =
          catchThrowableOfType(
              () -> demo.serverGroups().get(made.get(0)), ResourceNotFoundException.class);
      assertThat(hidden).isNotNull();
      assertThat(hidden.faultMessage())
          .isEqualTo("Instance group " + made.get(0) + " could not be found.");

      // Nova counts server groups in the usage of its limits and of the quota set.
      assertThat(user.quotas().limits().absolute().totalServerGroupsUsed()).hasValue(3);
      assertThat(user.quotas().detail(PROJECT).serverGroups().flatMap(q -> toOptional(q.inUse())))
          .contains(3);
    } finally {
      deleteServerGroups(cloud, member);
    }
    ResourceNotFoundException gone =
        catchThrowableOfType(
            () -> {
              try (ComputeClient user = cloud.member(PROJECT).build()) {
                user.serverGroups().get(made.get(0));
              }
            },
            ResourceNotFoundException.class);
    assertThat(gone).isNotNull();
  }

  @OnEachCloud
  void limitsAndQuotas_areTheSeedsConfigurationAndUsage(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(MICROVERSION).build();
        ComputeClient admin21 = cloud.admin().microversion("2.1").build();
        ComputeClient user = cloud.member(PROJECT).microversion(MICROVERSION).build()) {
      // setup.sh: instances 1000, cores and RAM unlimited; Nova's defaults for the rest.
      Limits limits = admin.quotas().limits();
      AbsoluteLimits absolute = limits.absolute();
      assertThat(absolute.maxTotalInstances()).hasValue(1000);
      assertThat(absolute.maxTotalCores()).hasValue(-1);
      assertThat(absolute.maxTotalRamSize()).hasValue(-1);
      assertThat(absolute.maxServerMeta()).hasValue(128);
      assertThat(absolute.maxTotalKeypairs()).hasValue(100);
      assertThat(absolute.maxServerGroups()).hasValue(10);
      assertThat(absolute.maxServerGroupMembers()).hasValue(10);
      // The seed's 31 servers in the admin project, the one buried in cell0 included: web 12 x
      // m1.tiny (1 vCPU, 512 MB), db 10 x m1.small (1, 2048), cache 8 x m1.medium (2, 4096), and
      // broken-01 of flavor 99 (1, 2000000).
      assertThat(absolute.totalInstancesUsed()).hasValue(Seed.ADMIN.size());
      assertThat(absolute.totalCoresUsed()).hasValue(12 + 10 + 8 * 2 + 1);
      assertThat(absolute.totalRamUsed()).hasValue(12 * 512 + 10 * 2048 + 8 * 4096 + 2000000);
      assertThat(absolute.totalServerGroupsUsed()).hasValue(0);
      // Gone at 2.36 (network) and 2.39 and 2.57 (images, injected files).
      assertThat(absolute.maxImageMeta()).isEmpty();
      assertThat(absolute.maxPersonality()).isEmpty();
      assertThat(absolute.maxSecurityGroups()).isEmpty();
      assertThat(absolute.totalFloatingIpsUsed()).isEmpty();
      assertThat(absolute.additionalProperties()).isEmpty();
      assertThat(limits.rate()).isEmpty();
      // The API reference's reserved parameter: refused from 2.75, ignored before.
      send(cloud, cloud.adminToken(), "GET", "/limits?reserved=1", "2.75", null, 400);
      send(cloud, cloud.adminToken(), "GET", "/limits?reserved=1", "2.74", null, 200);
      AbsoluteLimits at21 = admin21.quotas().limits().absolute();
      assertThat(at21.maxImageMeta()).hasValue(128);
      assertThat(at21.maxPersonality()).hasValue(5);
      assertThat(at21.maxPersonalitySize()).hasValue(10240);
      assertThat(at21.maxSecurityGroups()).hasValue(-1);
      assertThat(at21.maxSecurityGroupRules()).hasValue(-1);
      assertThat(at21.maxTotalFloatingIps()).hasValue(-1);
      assertThat(at21.totalFloatingIpsUsed()).hasValue(0);
      assertThat(at21.totalSecurityGroupsUsed()).hasValue(0);

      // The admin may read another project's limits; a member only its own.
      Limits reads = admin.quotas().limits(PROJECT);
      assertThat(reads.absolute().maxTotalInstances()).hasValue(1000);
      assertThat(reads.absolute().totalInstancesUsed()).hasValue(0);
      assertThat(user.quotas().limits().absolute().totalInstancesUsed()).hasValue(0);
      PermissionDeniedException otherLimits =
          catchThrowableOfType(
              () -> user.quotas().limits("admin"), PermissionDeniedException.class);
      assertThat(otherLimits).isNotNull();
      assertThat(otherLimits.faultMessage())
          .isEqualTo("Policy doesn't allow os_compute_api:limits:other_project to be performed.");

      QuotaSet quotas = admin.quotas().get("admin");
      assertThat(quotas.id()).contains("admin");
      assertThat(quotas.instances()).hasValue(1000);
      assertThat(quotas.cores()).hasValue(-1);
      assertThat(quotas.ram()).hasValue(-1);
      assertThat(quotas.keyPairs()).hasValue(100);
      assertThat(quotas.metadataItems()).hasValue(128);
      assertThat(quotas.serverGroups()).hasValue(10);
      assertThat(quotas.serverGroupMembers()).hasValue(10);
      assertThat(quotas.injectedFiles()).isEmpty();
      assertThat(quotas.fixedIps()).isEmpty();
      assertThat(quotas.additionalProperties()).isEmpty();
      assertThat(admin21.quotas().get("admin").injectedFilePathBytes()).hasValue(255);
      // No project sets its own: the defaults are the same, under the id asked for.
      QuotaSet defaults = user.quotas().defaults("admin");
      assertThat(defaults).isEqualTo(quotas);
      assertThat(user.quotas().get(PROJECT, PROJECT))
          .isEqualTo(quotas.toBuilder().id(PROJECT).build());
      // The id is the project's, also for a user's quotas.
      assertThat(admin.quotas().get(PROJECT, "somebody").id()).contains(PROJECT);

      QuotaSetDetail detail = admin.quotas().detail("admin");
      assertThat(detail.id()).contains("admin");
      assertThat(detail.instances()).contains(usage(1000, Seed.ADMIN.size()));
      assertThat(detail.cores()).contains(usage(-1, absolute.totalCoresUsed().getAsInt()));
      assertThat(detail.ram()).contains(usage(-1, absolute.totalRamUsed().getAsInt()));
      assertThat(detail.keyPairs()).contains(usage(100, 0));
      assertThat(detail.serverGroups()).contains(usage(10, 0));
      assertThat(detail.serverGroupMembers()).contains(usage(10, 0));
      assertThat(detail.metadataItems()).contains(usage(128, 0));
      assertThat(detail.injectedFiles()).isEmpty();

      PermissionDeniedException otherQuotas =
          catchThrowableOfType(() -> user.quotas().get("admin"), PermissionDeniedException.class);
      assertThat(otherQuotas).isNotNull();
      assertThat(otherQuotas.faultMessage())
          .isEqualTo("Policy doesn't allow os_compute_api:os-quota-sets:show to be performed.");
    }
  }

  private static QuotaUsage usage(int limit, int inUse) {
    return QuotaUsage.builder().limit(limit).inUse(inUse).reserved(0).build();
  }

  private static Optional<Integer> toOptional(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** Deletes every key pair of the project's user: those of this test, or of an earlier run. */
  private static void deleteKeypairs(Cloud cloud, String token) {
    JsonNode listed = send(cloud, token, "GET", "/os-keypairs", "2.2", null, 200);
    for (JsonNode entry : listed.path("keypairs")) {
      cloud.deleteKeypair(PROJECT, entry.path("keypair").path("name").asText());
    }
  }

  /** Deletes every server group of the project. */
  private static void deleteServerGroups(Cloud cloud, String token) {
    JsonNode listed = send(cloud, token, "GET", "/os-server-groups", "2.1", null, 200);
    for (JsonNode group : listed.path("server_groups")) {
      cloud.deleteServerGroup(PROJECT, group.path("id").asText());
    }
  }

  /** A request around the SDK, for what it does not read. */
  private static JsonNode send(
      Cloud cloud,
      String token,
      String method,
      String path,
      String microversion,
      JsonNode body,
      int expected) {
    Request request =
        new Request.Builder()
            .url(cloud.endpoint() + path)
            .header("X-Auth-Token", token)
            .header("OpenStack-API-Version", "compute " + microversion)
            .method(method, body == null ? null : RequestBody.create(body.toString(), JSON_TYPE))
            .build();
    try (Response response = Cloud.RAW.newCall(request).execute()) {
      String text = response.body().string();
      assertThat(response.code()).as("%s %s: %s", method, path, text).isEqualTo(expected);
      return text.isEmpty() ? Cloud.JSON.createObjectNode() : Cloud.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh RSA key in OpenSSH's form: {@code ssh-rsa <base64 of the key blob> <comment>}. */
  private static String sshRsaPublicKey(String comment) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
      ByteArrayOutputStream blob = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(blob);
      writeField(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
      writeField(out, key.getPublicExponent().toByteArray()); // mpint: two's complement
      writeField(out, key.getModulus().toByteArray());
      return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " " + comment;
    } catch (GeneralSecurityException | IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void writeField(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  /** Nova's fingerprint of an SSH key: the MD5 of the key blob, as colon-separated hex. */
  private static String md5Fingerprint(String publicKey) {
    byte[] blob = Base64.getDecoder().decode(publicKey.split(" ")[1]);
    try {
      StringBuilder hex = new StringBuilder();
      for (byte b : MessageDigest.getInstance("MD5").digest(blob)) {
        hex.append(hex.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xff));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
