package com.example.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A small application of the SDK: the active web servers of a cloud. */
public final class Inventory {
  private Inventory() {}

  /**
   * The ACTIVE servers whose name starts with {@code web}, by name, fetched five per request.
   *
   * @param compute the client of the cloud to list
   * @return the servers, in name order
   */
  public static List<Server> activeWebServers(ComputeClient compute) {
    List<Server> servers = new ArrayList<>();
    for (Server server :
        compute.listServers(
            r ->
                r.status(ServerStatus.ACTIVE)
                    .name("^web")
                    .sort("display_name", SortDirection.ASC)
                    .pageSize(5))) {
      servers.add(server);
    }
    return servers;
  }

  /**
   * A server written and read back by a plain Jackson {@code ObjectMapper}.
   *
   * @param server the server to write
   * @return the server read back from its JSON
   * @throws IOException when Jackson cannot write or read it
   */
  public static Server throughJackson(Server server) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    return mapper.readValue(mapper.writeValueAsString(server), Server.class);
  }

  /**
   * Prints the active web servers of the sample cloud, one name a line; whether Jackson reads the
   * first back equal; and, for each of the SDK's modules, the packages it exports to everyone (on
   * the module path; the class path has no such modules).
   *
   * @param args none
   * @throws IOException when Jackson cannot write or read a server
   */
  public static void main(String[] args) throws IOException {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      List<Server> servers;
      try (ComputeClient compute = fake.clientBuilder().build()) {
        servers = activeWebServers(compute);
      }
      for (Server server : servers) {
        System.out.println(server.name().orElse(server.id()));
      }
      boolean equal = throughJackson(servers.get(0)).equals(servers.get(0));
      System.out.println("read back by Jackson: " + (equal ? "equal" : "different"));
    }
    for (Class<?> type : List.of(Server.class, ComputeClient.class, FakeCompute.class)) {
      System.out.println(describe(type.getModule()));
    }
  }

  private static String describe(Module module) {
    ModuleDescriptor descriptor = module.getDescriptor();
    if (descriptor == null) {
      return "unnamed module";
    }
    String kind = descriptor.isAutomatic() ? "automatic module " : "module ";
    List<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .sorted()
            .collect(Collectors.toList());
    return kind + descriptor.name() + " exports " + String.join(" ", exported);
  }
}
