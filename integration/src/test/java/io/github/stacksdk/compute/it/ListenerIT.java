package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.event.PageInfo;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * What a listener hears from the real Nova and Keystone: their request ids, the microversion Nova
 * answered at, Nova's fault names, and a listing's pages as children of the listing.
 */
@EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
@EnabledIfEnvironmentVariable(named = "NOVA_IT_KEYSTONE_URL", matches = ".+")
final class ListenerIT {

  private static final class Op implements OperationListener {
    final OperationInfo info;
    final Op parent;
    final List<AttemptResult> attempts = new CopyOnWriteArrayList<>();
    final List<PageInfo> pages = new CopyOnWriteArrayList<>();
    volatile OperationResult result;

    Op(OperationInfo info, Op parent) {
      this.info = info;
      this.parent = parent;
    }

    @Override
    public void attemptEnded(AttemptResult attempt) {
      attempts.add(attempt);
    }

    @Override
    public void pageReceived(PageInfo page) {
      pages.add(page);
    }

    @Override
    public void operationEnded(OperationResult ended) {
      result = ended;
    }
  }

  private final List<Op> operations = new CopyOnWriteArrayList<>();

  private final ComputeListener recorder =
      (operation, parent) -> {
        Op op = new Op(operation, (Op) parent);
        operations.add(op);
        return op;
      };

  private List<Op> named(String name) {
    return operations.stream().filter(o -> o.info.name().equals(name)).collect(Collectors.toList());
  }

  @Test
  void keystoneAndNova_tellTheirRequestIdsMicroversionsAndFaults() {
    try (ComputeClient compute =
        ComputeClient.builder()
            .keystone(KeystoneIT.password().build())
            .microversion("2.47")
            .addListener(recorder)
            .build()) {
      assertThat(compute.listServers(r -> r.allTenants(true).pageSize(10)).stream().count())
          .isEqualTo(Seed.ADMIN.size() + Seed.DEMO.size());
      String missing = UUID.randomUUID().toString();
      assertThatThrownBy(() -> compute.getServer(missing))
          .isInstanceOf(ResourceNotFoundException.class);
    }

    Op identity = named("identity.token").get(0);
    assertThat(identity.attempts).hasSize(1);
    assertThat(identity.attempts.get(0).statusCode()).hasValue(201);
    assertThat(identity.attempts.get(0).requestId())
        .hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
    assertThat(identity.attempts.get(0).attempt().method()).isEqualTo("POST");

    Op listing = named("servers.list").get(0);
    int servers = Seed.ADMIN.size() + Seed.DEMO.size();
    assertThat(listing.pages.stream().mapToInt(PageInfo::items).sum()).isEqualTo(servers);
    assertThat(listing.result).isNotNull();
    assertThat(listing.result.failure()).isEmpty();
    List<Op> pages = named("servers.list.page");
    assertThat(pages)
        .hasSize(servers / 10 + 1)
        .allSatisfy(p -> assertThat(p.parent).isSameAs(listing));
    assertThat(pages.stream().flatMap(p -> p.attempts.stream()))
        .allSatisfy(a -> assertThat(a.microversion()).contains("2.47"))
        .allSatisfy(
            a ->
                assertThat(a.requestId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("req-")))
        .allSatisfy(a -> assertThat(a.bytesRead()).isPositive());

    Op get = named("servers.get").get(0);
    AttemptResult notFound = get.attempts.get(0);
    assertThat(notFound.statusCode()).hasValue(404);
    assertThat(notFound.faultName()).contains("itemNotFound");
    assertThat(notFound.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
    assertThat(get.result).isNotNull();
    assertThat(get.result.failure()).containsInstanceOf(ResourceNotFoundException.class);
  }
}
