package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.LockedBy;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin filters that Nova's database matches against a column's text, and {@code uuid} and
 * {@code soft_deleted}: what the SDK sends for each, and what the fake lists for it, on the sample
 * cloud plus three servers of its own.
 */
@ExtendWith(FakeComputeExtension.class)
final class ListServersColumnFiltersTest {
  private static final Instant CREATED = SampleCloud.NOW.minus(Duration.ofHours(1));

  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
    fake.addServer(
        extra("ami-01", 0)
            .kernelId("aki-0001")
            .ramdiskId("ari-0001")
            .launchIndex(1)
            .progress(5)
            .build());
    fake.addServer(extra("ami-02", 1).launchIndex(10).progress(15).build());
    fake.addServer(
        extra("soft-01", 2).statusAsString("SOFT_DELETED").vmStateAsString("soft-delete").build());
  }

  @Test
  void uuid_matchesOneIdExactly() {
    String id = byName("web-05").id();

    assertThat(names(r -> r.uuid(id), "uuid", id)).containsExactly("web-05");
    assertThat(names(r -> r.uuid(id.substring(0, 8)), "uuid", id.substring(0, 8))).isEmpty();
  }

  @Test
  void description_isSentAsDisplayDescription_asNovaIgnoresDescription() {
    assertThat(
            names(
                r -> r.description("^web server 0[1-3]$"),
                "display_description",
                "^web server 0[1-3]$"))
        .containsExactly("web-01", "web-02", "web-03");
    assertThat(names(r -> r.description("server"), "display_description", "server"))
        .isEqualTo(matching(s -> s.description().isPresent()));
    assertThat(
            names(
                r -> r.additionalQueryParameter("description", "^web server 01$"),
                "description",
                "^web server 01$"))
        .isEqualTo(matching(s -> true));
    assertThatThrownBy(() -> names(r -> r.additionalQueryParameter("description", "(")))
        .as("the schema still checks the pattern")
        .isInstanceOf(InvalidRequestException.class);
    fake.takeRequest();
  }

  @Test
  void accessIps_areRegularExpressions() {
    assertThat(
            names(
                r -> r.accessIpV4("^203\\.0\\.113\\.21$"), "access_ip_v4", "^203\\.0\\.113\\.21$"))
        .containsExactly("web-01");
    assertThat(names(r -> r.accessIpV6("2001:db8:0:1::"), "access_ip_v6", "2001:db8:0:1::"))
        .containsExactly("web-01");
  }

  @Test
  void autoDiskConfig_matchesTheBooleansText_notAutoOrManual() {
    assertThat(names(r -> r.autoDiskConfig(true), "auto_disk_config", "1"))
        .isEqualTo(matching(s -> s.diskConfig().orElse("").equals("AUTO")))
        .hasSize(12);
    assertThat(names(r -> r.autoDiskConfig(false), "auto_disk_config", "0"))
        .isEqualTo(matching(s -> !s.diskConfig().orElse("").equals("AUTO")));
    assertThat(
            names(
                r -> r.additionalQueryParameter("auto_disk_config", "AUTO"),
                "auto_disk_config",
                "AUTO"))
        .isEmpty();
  }

  @Test
  void configDrive_trueOrEmpty() {
    assertThat(names(r -> r.configDrive(true), "config_drive", "True"))
        .isEqualTo(matching(s -> s.name().orElseThrow().startsWith("db-")))
        .hasSize(8);
    assertThat(names(r -> r.configDrive(false), "config_drive", "^$"))
        .isEqualTo(matching(s -> !s.name().orElseThrow().startsWith("db-")));
  }

  @Test
  void createdAt_matchesTheSecond_andNotAnIsoTime() {
    Instant created = byName("web-05").created().orElseThrow();
    String second = text(created);

    assertThat(names(r -> r.createdAt(created.plusMillis(999)), "created_at", "^" + second))
        .containsExactly("web-05");
    assertThat(
            names(
                r -> r.additionalQueryParameter("created_at", created.toString()),
                "created_at",
                created.toString()))
        .as("Nova's API reference asks for ISO 8601, which the database's text never matches")
        .isEmpty();
    String day = second.substring(0, 10);
    assertThat(
            names(
                r -> r.additionalQueryParameter("created_at", "^" + day), "created_at", "^" + day))
        .containsExactly("web-05");
  }

  @Test
  void launchedAtAndTerminatedAt_matchTheSecond() {
    Instant launched = byName("web-05").launchedAt().orElseThrow();
    Instant terminated = SampleCloud.NOW.minus(Duration.ofDays(3));

    assertThat(names(r -> r.launchedAt(launched), "launched_at", "^" + text(launched)))
        .containsExactly("web-05");
    assertThat(
            names(
                r -> r.deleted(true).terminatedAt(terminated),
                "terminated_at",
                "^" + text(terminated)))
        .containsExactly("batch-00");
    assertThat(names(r -> r.terminatedAt(terminated), "terminated_at", "^" + text(terminated)))
        .as("deleted servers stay hidden")
        .isEmpty();
  }

  @Test
  void imageIdsAndRootDevice_areRegularExpressions() {
    assertThat(names(r -> r.kernelId("^aki-"), "kernel_id", "^aki-")).containsExactly("ami-01");
    assertThat(names(r -> r.ramdiskId("ari-0001"), "ramdisk_id", "ari-0001"))
        .containsExactly("ami-01");
    assertThat(names(r -> r.kernelId("^$"), "kernel_id", "^$"))
        .as("Nova stores an empty id for a server without a kernel")
        .isEqualTo(matching(s -> s.kernelId().isEmpty()));
    assertThat(names(r -> r.rootDeviceName("^/dev/vda$"), "root_device_name", "^/dev/vda$"))
        .isEqualTo(matching(s -> s.rootDeviceName().isPresent()))
        .doesNotContain("batch-08", "ami-01");
  }

  @Test
  void launchIndexAndProgress_matchTheNumberExactly_thoughNovaSearchesTheirText() {
    assertThat(names(r -> r.launchIndex(1), "launch_index", "^1$")).containsExactly("ami-01");
    assertThat(names(r -> r.additionalQueryParameter("launch_index", "1"), "launch_index", "1"))
        .containsExactly("ami-01", "ami-02");
    assertThat(names(r -> r.launchIndex(0), "launch_index", "^0$"))
        .isEqualTo(matching(s -> s.launchIndex().orElse(-1) == 0))
        .hasSize(34);

    assertThat(names(r -> r.progress(5), "progress", "^5$")).containsExactly("ami-01");
    assertThat(names(r -> r.additionalQueryParameter("progress", "5"), "progress", "5"))
        .containsExactly("ami-01", "ami-02");
    assertThat(names(r -> r.progress(40), "progress", "^40$")).containsExactly("batch-07");
  }

  @Test
  void lockedBy_ownerForEveryLockedSeed() {
    assertThat(names(r -> r.lockedBy(LockedBy.OWNER), "locked_by", "owner"))
        .containsExactly("cache-03", "db-05");
    assertThat(names(r -> r.lockedBy(LockedBy.ADMIN), "locked_by", "admin")).isEmpty();
  }

  @Test
  void softDeleted_hiddenByDefault_evenFromItsStatus() {
    assertThat(names(r -> {})).doesNotContain("soft-01").hasSize(36);
    fake.takeRequest();
    assertThat(names(r -> r.status(ServerStatus.SOFT_DELETED), "status", "SOFT_DELETED")).isEmpty();
    assertThat(names(r -> r.softDeleted(true), "soft_deleted", "true"))
        .contains("soft-01")
        .hasSize(37);
    assertThat(
            names(
                r -> r.status(ServerStatus.SOFT_DELETED).softDeleted(true), "soft_deleted", "true"))
        .containsExactly("soft-01");
  }

  @Test
  void softDeleted_withDeleted_addsOrLeavesOutTheSoftDeleted() {
    assertThat(names(r -> r.deleted(true), "deleted", "true"))
        .containsExactly("batch-00", "soft-01");
    assertThat(names(r -> r.deleted(true).softDeleted(false), "soft_deleted", ""))
        .containsExactly("batch-00");
    assertThat(
            names(
                r -> r.deleted(true).additionalQueryParameter("soft_deleted", "false"),
                "soft_deleted",
                "false"))
        .as("Nova reads any text but the empty one as true")
        .containsExactly("batch-00", "soft-01");
  }

  @Test
  void badPatterns_400WhereTheSchemaChecksThem_500WhereOnlyTheDatabaseDoes() {
    assertThatThrownBy(() -> names(r -> r.additionalQueryParameter("progress", "(")))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(fake.takeRequest().queryParameter("progress")).contains("(");
    assertThatThrownBy(() -> names(r -> r.additionalQueryParameter("launch_index", "(")))
        .isInstanceOf(ServiceErrorException.class);
    assertThat(fake.takeRequest().queryParameter("launch_index")).contains("(");
  }

  // --- helpers

  private Server.Builder extra(String name, int minute) {
    Instant created = CREATED.plus(Duration.ofMinutes(minute));
    return Server.builder()
        .id(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
        .name(name)
        .statusAsString("ACTIVE")
        .vmStateAsString("active")
        .created(created)
        .updated(created);
  }

  /** Lists with the filter, checks the one request it made sent {@code parameter=value}. */
  private Set<String> names(
      Consumer<ListServersRequest.Builder> filter, String parameter, String value) {
    Set<String> names = names(filter);
    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(request.queryParameters(parameter)).containsExactly(value);
    return names;
  }

  private Set<String> names(Consumer<ListServersRequest.Builder> filter) {
    try (ComputeClient compute = fake.clientBuilder().build()) {
      return compute.listServers(filter).stream()
          .map(s -> s.name().orElseThrow())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The names of the seeded servers listed without a filter that also match. */
  private Set<String> matching(Predicate<Server> matches) {
    return fake.servers().stream()
        .filter(s -> s.tenantId().isEmpty())
        .filter(s -> s.status() != ServerStatus.DELETED && s.status() != ServerStatus.SOFT_DELETED)
        .filter(matches)
        .map(s -> s.name().orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Server byName(String name) {
    return fake.servers().stream()
        .filter(s -> s.name().orElse("").equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Nova's database text of a time, to the second. */
  private static String text(Instant instant) {
    return instant.toString().substring(0, 19).replace("T", " ");
  }
}
