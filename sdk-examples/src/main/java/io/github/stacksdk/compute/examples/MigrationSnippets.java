package io.github.stacksdk.compute.examples;

import static java.util.stream.Collectors.toList;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.ServerMatch;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.FixedIp;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * This SDK's side of each task of {@code docs/migrating-from-openstack4j.md}; the guide shows the
 * tagged regions, and {@code MigrationSnippetsTest} runs them against {@code FakeCompute}.
 */
final class MigrationSnippets {
  private MigrationSnippets() {}

  static ComputeClient connectWithPassword(String authUrl, String password) {
    // tag::connect-password[]
    ComputeClient compute =
        ComputeClient.builder()
            .keystone(
                KeystoneAuth.builder()
                    .authUrl(authUrl) // https://keystone.example.org:5000/v3
                    .username("alice")
                    .userDomainName("Default")
                    .password(password)
                    .projectName("web")
                    .projectDomainName("Default")
                    .region("RegionOne") // .interfaceType("internal"): Facing.INTERNAL
                    .build())
            .microversion("2.79") // without it, Nova answers at 2.1
            .build(); // authenticates here; renews the token before it expires
    // end::connect-password[]
    return compute;
  }

  static ComputeClient connectWithToken(String computeEndpoint, String token) {
    // tag::connect-token[]
    ComputeClient compute =
        ComputeClient.builder()
            .endpoint(computeEndpoint) // https://compute.example.org/v2.1, no catalog look-up
            .token(token) // or .tokenProvider(vault::token) to hand over new tokens
            .microversion("2.79")
            .build();
    // end::connect-token[]
    return compute;
  }

  static List<String> listServers(ComputeClient compute, Instant since) {
    // tag::list[]
    List<Server> mine = compute.listServers().stream().collect(toList()); // every page

    List<Server> changedWebServers =
        compute
            .listServers(
                r ->
                    r.status(ServerStatus.ACTIVE, ServerStatus.SHUTOFF) // status, repeated
                        .name("^web-") // name: a regular expression
                        .changesSince(since) // changes-since=2026-01-02T03:04:05Z
                        .allTenants(true)) // all_tenants=true (admin)
            .stream()
            .collect(toList());
    // end::list[]
    return List.of(mine.size() + " servers", changedWebServers.size() + " changed web servers");
  }

  static void pages(ComputeClient compute, PrintStream out) {
    // tag::paging[]
    for (Server server : compute.listServers(r -> r.pageSize(200))) { // 200 a request, all pages
      out.println(server.id());
    }

    for (Page<Server> page : compute.listServers(r -> r.pageSize(200)).pages()) { // page by page
      out.printf(
          "%d servers, next marker %s%n", page.items().size(), page.nextMarker().orElse("-"));
    }

    Page<Server> first = // one request, as openstack4j's list(filteringParams) makes
        compute.listServersPage(ListServersRequest.builder().pageSize(200).build());
    // end::paging[]
    out.println(first.items().size() + " servers on the first page");
  }

  static void get(ComputeClient compute, PrintStream out, String id) {
    // tag::get[]
    try {
      Server server = compute.getServer(id);
      out.println(server.name().orElse("-") + " " + server.status());
    } catch (ResourceNotFoundException e) { // openstack4j's get(id) returns null instead
      out.println("No server " + id + ", request " + e.requestId().orElse("-"));
    }
    // end::get[]
  }

  static String fields(ComputeClient compute, String id) {
    // tag::fields[]
    Server server = compute.getServer(id);
    String name = server.name().orElse("-"); // getName()
    ServerStatus status = server.status(); // getStatus()
    String power = server.powerState().map(Object::toString).orElse("-"); // getPowerState()
    String host = server.host().orElse("-"); // getHost(), OS-EXT-SRV-ATTR:host
    String launched = server.launchedAt().map(Instant::toString).orElse("-"); // getLaunchedAt()
    String flavor = // getFlavor().getName(), without a request: embedded from 2.47
        server.flavor().flatMap(ServerFlavor::originalName).orElse("-");
    String image = server.image().map(ServerImage::id).orElse("-"); // getImageId(); "-": a volume
    List<String> addresses = // getAddresses().getAddresses()
        server.addresses().values().stream()
            .flatMap(List::stream)
            .map(address -> address.addr() + address.typeAsString().map(t -> " " + t).orElse(""))
            .collect(toList());
    // end::fields[]
    return String.join(
        " | ", name, status.toString(), power, host, launched, flavor, image, addresses.toString());
  }

  static void interfaces(ComputeClient compute, PrintStream out, String serverId) {
    // tag::interfaces[]
    for (InterfaceAttachment port : compute.listInterfaceAttachments(serverId)) { // os-interface
      out.printf(
          "%s %s %s%n",
          port.portId(),
          port.macAddress().orElse("-"),
          port.fixedIps().stream().map(FixedIp::ipAddress).collect(toList()));
    }
    // end::interfaces[]
  }

  static Optional<Server> find(ComputeClient compute) {
    // tag::find[]
    Optional<Server> web01 = compute.findServer(ServerMatch.name("web-01")); // exactly web-01
    // end::find[]
    return web01;
  }

  static List<String> concurrently(ComputeClient compute, PrintStream out, List<String> ids)
      throws InterruptedException, ExecutionException {
    // tag::threads[]
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Server>> shown = // one client for every thread: nothing to set up per thread
          ids.stream().map(id -> pool.submit(() -> compute.getServer(id))).collect(toList());
      for (Future<Server> server : shown) {
        out.println(server.get().name().orElse("-"));
      }
    } finally {
      pool.shutdown();
    }

    CompletableFuture<List<Server>> all = compute.async().listServers().toList(); // no thread
    // end::threads[]
    return all.join().stream().map(Server::id).collect(toList());
  }
}
