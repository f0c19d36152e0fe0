package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The code of docs/lifecycle.md, run against FakeCompute: what it sends and what it leaves. */
final class LifecycleSnippetsTest {
  private static final String IMAGE = "70a599e0-31e7-49b7-b260-868f441e862b";
  private static final String NETWORK = "ff608d40-75e9-48cb-b745-77bb55b5eaf2";
  private static final String MEMBER = "member-token";

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID).start();
  private final ComputeClient compute = client(fake.token());

  private ComputeClient client(String token) {
    return ComputeClient.builder()
        .endpoint(fake.endpoint())
        .token(token)
        .microversion("2.79")
        .build();
  }

  @AfterEach
  void close() {
    compute.close();
    fake.close();
  }

  private List<String> sent() {
    List<String> sent = new ArrayList<>();
    for (FakeRequest r = fake.pollRequest(Duration.ZERO).orElse(null);
        r != null;
        r = fake.pollRequest(Duration.ZERO).orElse(null)) {
      sent.add(r.method() + " " + r.path());
    }
    return sent;
  }

  @Test
  void create_bootsAndWaitsUntilActive() {
    Server server = LifecycleSnippets.create(compute, IMAGE, NETWORK);

    assertThat(server.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(server.taskState()).isEmpty();
    assertThat(server.name()).contains("web-01");
    assertThat(server.metadata()).containsEntry("role", "web");
    assertThat(sent()).first().isEqualTo("POST /v2.1/servers");
  }

  @Test
  void actions_stopStartRebootLockMetadataAndImage() {
    String id = LifecycleSnippets.create(compute, IMAGE, NETWORK).id();
    sent();
    try (ComputeClient member = client(MEMBER)) {
      LifecycleSnippets.actions(member, id);
    }
    Server server =
        compute
            .servers()
            .waiter()
            .withInterval(Duration.ofMillis(10))
            .untilStatus(id, ServerStatus.ACTIVE);
    assertThat(server.locked()).contains(false);
    assertThat(server.metadata()).containsEntry("owner", "team-a");
    List<String> sent = sent();
    assertThat(sent.stream().filter(r -> r.equals("POST /v2.1/servers/" + id + "/action")))
        .hasSize(7); // stop, start, reboot, lock, stop (refused), unlock, createImage
  }

  @Test
  void waitWell_reportsTheFaultOfABuildThatFailed() {
    fake.failNextBuild("No valid host was found. ");
    String id =
        compute
            .servers()
            .create(r -> r.name("x").imageRef(IMAGE).flavorRef("1").networks(Networks.none()))
            .id()
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LifecycleSnippets.waitWell(compute, id, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("build failed: No valid host was found. " + System.lineSeparator());
    assertThatThrownBy(() -> compute.servers().waiter().untilStatus(id, ServerStatus.ACTIVE))
        .isInstanceOf(ServerErrorException.class);
  }

  @Test
  void waitForMany_thenDeleteAndWait() throws Exception {
    // The snippet's scheduler hint names a group; Nova refuses a create naming a missing one.
    fake.addServerGroup(
        ServerGroup.builder()
            .id("3b8d2d13-4b74-4c7a-bd49-3c1d1e8f0e5c")
            .name("workers")
            .policy("soft-anti-affinity")
            .build());
    CreateServerRequest template = LifecycleSnippets.bootFromVolume(IMAGE);
    List<Server> active =
        LifecycleSnippets.waitForMany(
            compute, template.toBuilder().networks(Networks.none()).build(), 5);

    assertThat(active)
        .extracting(s -> s.name().orElse(""))
        .containsExactly("worker-1", "worker-2", "worker-3", "worker-4", "worker-5");
    assertThat(active).allSatisfy(s -> assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE));
    for (Server server : active) {
      LifecycleSnippets.deleteAndWait(compute, server.id());
    }
    assertThat(compute.listServers().stream().filter(s -> s.name().orElse("").startsWith("worker")))
        .isEmpty();
    LifecycleSnippets.async(
            compute, template.toBuilder().name("async-1").networks(Networks.none()).build())
        .get(10, TimeUnit.SECONDS);
    assertThat(compute.findServer(io.github.stacksdk.compute.ServerMatch.name("async-1")))
        .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE));
  }
}
