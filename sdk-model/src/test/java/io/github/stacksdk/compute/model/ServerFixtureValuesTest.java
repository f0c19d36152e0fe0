package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Parses real server bodies and checks the value of every accessor against the literal values in
 * the fixture, including that everything the body does not carry is empty.
 */
final class ServerFixtureValuesTest {

  /** The accessors with a value in the 2.98 sample; 2.100 adds scheduler_hints. */
  private static final String[] PRESENT_IN_298 = {
    "id",
    "name",
    "statusAsString",
    "tenantId",
    "userId",
    "created",
    "updated",
    "hostId",
    "links",
    "metadata",
    "addresses",
    "accessIPv4",
    "accessIPv6",
    "image",
    "flavor",
    "progress",
    "securityGroups",
    "volumesAttached",
    "configDrive",
    "diskConfig",
    "availabilityZone",
    "hostname",
    "powerStateCode",
    "vmStateAsString",
    "launchedAt",
    "locked",
    "pinnedAvailabilityZone"
  };

  @Test
  void apiDocumentTestvm1_everyField() {
    Server s = Fixtures.server("api-docs/servers-detail-testvm1.json");

    assertThat(s.id()).isEqualTo("523a0a98-01b8-4c18-acfe-3c4ceb85c0ea");
    assertThat(s.name()).contains("Testvm1");
    assertThat(s.statusAsString()).contains("ACTIVE");
    assertThat(s.tenantId()).contains("b322a85578de48beba0f92acce57869b");
    assertThat(s.userId()).contains("1a2661f7914c45bcb41f97fa1edfaaec");
    assertThat(s.created()).contains(Instant.parse("2014-07-17T01:15:19Z"));
    assertThat(s.updated()).contains(Instant.parse("2014-07-17T01:15:24Z"));
    assertThat(s.hostId()).contains("4429ce15e55a0f84998af45043fdc222f2c7a590d83cf7d36747e64b");
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://192.168.150.51:8774/v2/b322a85578de48beba0f92acce57869b/servers/523a0a98-01b8-4c18-acfe-3c4ceb85c0ea",
                "self",
                Optional.empty()),
            tuple(
                "http://192.168.150.51:8774/b322a85578de48beba0f92acce57869b/servers/523a0a98-01b8-4c18-acfe-3c4ceb85c0ea",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).isEmpty();
    assertThat(s.addresses()).containsOnlyKeys("private");
    assertThat(s.addresses().get("private"))
        .extracting(
            Address::addr,
            Address::version,
            Address::typeAsString,
            Address::type,
            Address::macAddress)
        .containsExactly(
            tuple(
                "10.0.0.2",
                4,
                Optional.of("fixed"),
                Optional.of(AddressType.FIXED),
                Optional.of("fa:16:3e:62:8a:5d")));
    assertThat(s.accessIPv4()).isEmpty(); // "" on the wire
    assertThat(s.accessIPv6()).isEmpty(); // "" on the wire
    assertThat(s.keyName()).isEmpty(); // null on the wire

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("a1f4e8e5-6178-4ea6-924d-61388b642d06");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://192.168.150.51:8774/b322a85578de48beba0f92acce57869b/images/a1f4e8e5-6178-4ea6-924d-61388b642d06",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties()).isEmpty();

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.id()).contains("2");
    assertThat(flavor.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://192.168.150.51:8774/b322a85578de48beba0f92acce57869b/flavors/2",
                "bookmark",
                Optional.empty()));
    assertFlavorReferenceOnly(flavor);

    assertThat(s.progress()).hasValue(0);
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).extracting(ServerSecurityGroup::name).containsExactly("default");
    assertThat(s.volumesAttached()).isEmpty();
    assertThat(s.configDrive()).contains(false); // "" on the wire
    assertThat(s.diskConfig()).contains("MANUAL");
    assertThat(s.availabilityZone()).contains("nova");
    assertThat(s.host()).contains("stack-dev");
    assertThat(s.hypervisorHostname()).contains("stack-dev");
    assertThat(s.instanceName()).contains("instance-00000001");
    assertThat(s.hostname()).isEmpty();
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).hasValue(1);
    assertThat(s.vmStateAsString()).contains("active");
    assertThat(s.taskStateAsString()).isEmpty(); // null on the wire
    // "2014-07-17T01:15:24.000000", no zone: UTC
    assertThat(s.launchedAt()).contains(Instant.parse("2014-07-17T01:15:24Z"));
    assertThat(s.terminatedAt()).isEmpty(); // null on the wire
    assertThat(s.locked()).isEmpty();
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(s.powerState()).contains(PowerState.RUNNING);
    assertThat(s.vmState()).contains(VmState.ACTIVE);
    assertThat(s.taskState()).isEmpty();

    assertNonEmptyAccessorsAreExactly(
        s,
        "id",
        "name",
        "statusAsString",
        "tenantId",
        "userId",
        "created",
        "updated",
        "hostId",
        "links",
        "addresses",
        "image",
        "flavor",
        "progress",
        "securityGroups",
        "configDrive",
        "diskConfig",
        "availabilityZone",
        "host",
        "hypervisorHostname",
        "instanceName",
        "powerStateCode",
        "vmStateAsString",
        "launchedAt");
  }

  @Test
  void novaDetail21_everyField() {
    Server s = Fixtures.server("nova-api-samples/servers/servers-details-resp.json");

    assertThat(s.id()).isEqualTo("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    assertThat(s.name()).contains("new-server-test");
    assertThat(s.statusAsString()).contains("ACTIVE");
    assertThat(s.tenantId()).contains("6f70656e737461636b20342065766572");
    assertThat(s.userId()).contains("admin");
    assertThat(s.created()).contains(Instant.parse("2013-09-03T04:01:32Z"));
    assertThat(s.updated()).contains(Instant.parse("2013-09-03T04:01:32Z"));
    assertThat(s.hostId()).contains("bcf92836fc9ed4203a75cb0337afc7f917d2be504164b995c2334b25");
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/v2/6f70656e737461636b20342065766572/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb",
                "self",
                Optional.empty()),
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).containsExactly(Map.entry("My Server Name", "Apache1"));
    assertThat(s.addresses()).containsOnlyKeys("private");
    assertThat(s.addresses().get("private"))
        .extracting(
            Address::addr,
            Address::version,
            Address::typeAsString,
            Address::type,
            Address::macAddress)
        .containsExactly(
            tuple(
                "192.168.1.30",
                4,
                Optional.of("fixed"),
                Optional.of(AddressType.FIXED),
                Optional.of("00:0c:29:0d:11:74")));
    assertThat(s.accessIPv4()).contains("1.2.3.4");
    assertThat(s.accessIPv6()).contains("80fe::");
    assertThat(s.keyName()).isEmpty(); // null on the wire

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties()).isEmpty();

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.id()).contains("1");
    assertThat(flavor.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/flavors/1",
                "bookmark",
                Optional.empty()));
    assertFlavorReferenceOnly(flavor);

    assertThat(s.progress()).hasValue(0);
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).extracting(ServerSecurityGroup::name).containsExactly("default");
    assertThat(s.volumesAttached())
        .extracting(AttachedVolume::id, AttachedVolume::deleteOnTermination)
        .containsExactly(
            tuple("volume_id1", Optional.empty()), tuple("volume_id2", Optional.empty()));
    assertThat(s.configDrive()).contains(false); // "" on the wire
    assertThat(s.diskConfig()).contains("AUTO");
    assertThat(s.availabilityZone()).contains("us-west");
    assertThat(s.host()).contains("c3f14e9812ad496baf92ccfb3c61e15f");
    assertThat(s.hypervisorHostname()).contains("fake-mini");
    assertThat(s.instanceName()).contains("instance-00000001");
    assertThat(s.hostname()).isEmpty();
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).hasValue(1);
    assertThat(s.vmStateAsString()).contains("active");
    assertThat(s.taskStateAsString()).isEmpty(); // null on the wire
    // "2013-09-23T13:53:12.774549", no zone: UTC
    assertThat(s.launchedAt()).contains(Instant.parse("2013-09-23T13:53:12.774549Z"));
    assertThat(s.terminatedAt()).isEmpty(); // null on the wire
    assertThat(s.locked()).isEmpty();
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty(); // servers_links is on the list, not here

    assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(s.powerState()).contains(PowerState.RUNNING);
    assertThat(s.vmState()).contains(VmState.ACTIVE);
    assertThat(s.taskState()).isEmpty();

    assertNonEmptyAccessorsAreExactly(
        s,
        "id",
        "name",
        "statusAsString",
        "tenantId",
        "userId",
        "created",
        "updated",
        "hostId",
        "links",
        "metadata",
        "addresses",
        "accessIPv4",
        "accessIPv6",
        "image",
        "flavor",
        "progress",
        "securityGroups",
        "volumesAttached",
        "configDrive",
        "diskConfig",
        "availabilityZone",
        "host",
        "hypervisorHostname",
        "instanceName",
        "powerStateCode",
        "vmStateAsString",
        "launchedAt");
  }

  @Test
  void novaDetail247_embeddedFlavorWithoutId_everyField() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.47/servers-details-resp.json");

    assertThat(s.id()).isEqualTo("764e369e-a874-4401-b7ce-43e4760888da");
    assertThat(s.name()).contains("new-server-test");
    assertThat(s.statusAsString()).contains("ACTIVE");
    assertThat(s.tenantId()).contains("6f70656e737461636b20342065766572");
    assertThat(s.userId()).contains("admin");
    assertThat(s.created()).contains(Instant.parse("2017-02-14T19:24:42Z"));
    assertThat(s.updated()).contains(Instant.parse("2017-02-14T19:24:43Z"));
    assertThat(s.hostId()).contains("2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6");
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/764e369e-a874-4401-b7ce-43e4760888da",
                "self",
                Optional.empty()),
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/servers/764e369e-a874-4401-b7ce-43e4760888da",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).containsExactly(Map.entry("My Server Name", "Apache1"));
    assertThat(s.addresses()).containsOnlyKeys("private");
    assertThat(s.addresses().get("private"))
        .extracting(
            Address::addr,
            Address::version,
            Address::typeAsString,
            Address::type,
            Address::macAddress)
        .containsExactly(
            tuple(
                "192.168.1.30",
                4,
                Optional.of("fixed"),
                Optional.of(AddressType.FIXED),
                Optional.of("00:0c:29:0d:11:74")));
    assertThat(s.accessIPv4()).contains("1.2.3.4");
    assertThat(s.accessIPv6()).contains("80fe::");
    assertThat(s.keyName()).isEmpty(); // null on the wire

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties()).isEmpty();

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.isEmbedded()).isTrue();
    assertThat(flavor.id()).isEmpty();
    assertThat(flavor.links()).isEmpty();
    assertThat(flavor.originalName()).contains("m1.tiny.specs");
    assertThat(flavor.vcpus()).hasValue(1);
    assertThat(flavor.ram()).hasValue(512);
    assertThat(flavor.disk()).hasValue(1);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.extraSpecs()).containsExactly(Map.entry("hw:numa_nodes", "1"));

    assertThat(s.progress()).hasValue(0);
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).extracting(ServerSecurityGroup::name).containsExactly("default");
    assertThat(s.volumesAttached())
        .extracting(AttachedVolume::id, AttachedVolume::deleteOnTermination)
        .containsExactly(
            tuple("volume_id1", Optional.of(false)), tuple("volume_id2", Optional.of(false)));
    assertThat(s.configDrive()).contains(false); // "" on the wire
    assertThat(s.diskConfig()).contains("AUTO");
    assertThat(s.availabilityZone()).contains("us-west");
    assertThat(s.host()).contains("compute");
    assertThat(s.hypervisorHostname()).contains("fake-mini");
    assertThat(s.instanceName()).contains("instance-00000001");
    assertThat(s.hostname()).contains("new-server-test");
    assertThat(s.kernelId()).isEmpty(); // "" on the wire means none
    assertThat(s.ramdiskId()).isEmpty(); // "" on the wire means none
    assertThat(s.reservationId()).contains("r-iffothgx");
    assertThat(s.launchIndex()).hasValue(0);
    assertThat(s.rootDeviceName()).contains("/dev/sda");
    assertThat(s.userData())
        .contains("IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==");
    assertThat(s.powerStateCode()).hasValue(1);
    assertThat(s.vmStateAsString()).contains("active");
    assertThat(s.taskStateAsString()).isEmpty(); // null on the wire
    // "2017-02-14T19:24:43.891568", no zone: UTC
    assertThat(s.launchedAt()).contains(Instant.parse("2017-02-14T19:24:43.891568Z"));
    assertThat(s.terminatedAt()).isEmpty(); // null on the wire
    assertThat(s.locked()).contains(false);
    assertThat(s.hostStatus()).contains("UP");
    assertThat(s.description()).isEmpty(); // null on the wire
    assertThat(s.tags()).isEmpty(); // [] on the wire
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(s.powerState()).contains(PowerState.RUNNING);
    assertThat(s.vmState()).contains(VmState.ACTIVE);
    assertThat(s.taskState()).isEmpty();

    // user_data is redacted from toString()
    assertThat(s.toString()).doesNotContain("IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==");

    assertNonEmptyAccessorsAreExactly(
        s,
        "id",
        "name",
        "statusAsString",
        "tenantId",
        "userId",
        "created",
        "updated",
        "hostId",
        "links",
        "metadata",
        "addresses",
        "accessIPv4",
        "accessIPv6",
        "image",
        "flavor",
        "progress",
        "securityGroups",
        "volumesAttached",
        "configDrive",
        "diskConfig",
        "availabilityZone",
        "host",
        "hypervisorHostname",
        "instanceName",
        "hostname",
        "reservationId",
        "launchIndex",
        "rootDeviceName",
        "userData",
        "powerStateCode",
        "vmStateAsString",
        "launchedAt",
        "locked",
        "hostStatus");
  }

  @Test
  void novaDetail269_downCell_onlyIdStatusTenantCreatedAndLinks() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.69/servers-details-resp.json");

    assertThat(s.id()).isEqualTo("b6b0410f-b65f-4473-855e-5d82a71759e0");
    assertThat(s.name()).isEmpty();
    assertThat(s.statusAsString()).contains("UNKNOWN");
    assertThat(s.tenantId()).contains("6f70656e737461636b20342065766572");
    assertThat(s.userId()).isEmpty();
    assertThat(s.created()).contains(Instant.parse("2018-12-03T21:06:18Z"));
    assertThat(s.updated()).isEmpty();
    assertThat(s.hostId()).isEmpty();
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/b6b0410f-b65f-4473-855e-5d82a71759e0",
                "self",
                Optional.empty()),
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/servers/b6b0410f-b65f-4473-855e-5d82a71759e0",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).isEmpty();
    assertThat(s.addresses()).isEmpty();
    assertThat(s.accessIPv4()).isEmpty();
    assertThat(s.accessIPv6()).isEmpty();
    assertThat(s.keyName()).isEmpty();
    assertThat(s.image()).isEmpty();
    assertThat(s.flavor()).isEmpty();
    assertThat(s.progress()).isEmpty();
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).isEmpty();
    assertThat(s.volumesAttached()).isEmpty();
    assertThat(s.configDrive()).isEmpty();
    assertThat(s.diskConfig()).isEmpty();
    assertThat(s.availabilityZone()).isEmpty();
    assertThat(s.host()).isEmpty();
    assertThat(s.hypervisorHostname()).isEmpty();
    assertThat(s.instanceName()).isEmpty();
    assertThat(s.hostname()).isEmpty();
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).isEmpty();
    assertThat(s.vmStateAsString()).isEmpty();
    assertThat(s.taskStateAsString()).isEmpty();
    assertThat(s.launchedAt()).isEmpty();
    assertThat(s.terminatedAt()).isEmpty();
    assertThat(s.locked()).isEmpty();
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.UNKNOWN);
    assertThat(s.powerState()).isEmpty();
    assertThat(s.vmState()).isEmpty();
    assertThat(s.taskState()).isEmpty();

    assertNonEmptyAccessorsAreExactly(s, "id", "statusAsString", "tenantId", "created", "links");
  }

  @Test
  void novaShow269_downCell_everyField() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.69/server-get-resp.json");

    assertThat(s.id()).isEqualTo("33748c23-38dd-4f70-b774-522fc69e7b67");
    assertThat(s.name()).isEmpty();
    assertThat(s.statusAsString()).contains("UNKNOWN");
    assertThat(s.tenantId()).contains("6f70656e737461636b20342065766572");
    assertThat(s.userId()).contains("admin");
    assertThat(s.created()).contains(Instant.parse("2018-12-03T21:06:18Z"));
    assertThat(s.updated()).isEmpty();
    assertThat(s.hostId()).isEmpty();
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/33748c23-38dd-4f70-b774-522fc69e7b67",
                "self",
                Optional.empty()),
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/servers/33748c23-38dd-4f70-b774-522fc69e7b67",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).isEmpty();
    assertThat(s.addresses()).isEmpty();
    assertThat(s.accessIPv4()).isEmpty();
    assertThat(s.accessIPv6()).isEmpty();
    assertThat(s.keyName()).isEmpty();

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties()).isEmpty();

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.isEmbedded()).isTrue();
    assertThat(flavor.id()).isEmpty();
    assertThat(flavor.links()).isEmpty();
    assertThat(flavor.originalName()).contains("m1.tiny");
    assertThat(flavor.vcpus()).hasValue(1);
    assertThat(flavor.ram()).hasValue(512);
    assertThat(flavor.disk()).hasValue(1);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.extraSpecs()).isEmpty(); // {} on the wire

    assertThat(s.progress()).isEmpty();
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).isEmpty();
    assertThat(s.volumesAttached()).isEmpty();
    assertThat(s.configDrive()).isEmpty();
    assertThat(s.diskConfig()).isEmpty();
    assertThat(s.availabilityZone()).contains("UNKNOWN");
    assertThat(s.host()).isEmpty();
    assertThat(s.hypervisorHostname()).isEmpty();
    assertThat(s.instanceName()).isEmpty();
    assertThat(s.hostname()).isEmpty();
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).hasValue(0);
    assertThat(s.vmStateAsString()).isEmpty();
    assertThat(s.taskStateAsString()).isEmpty();
    assertThat(s.launchedAt()).isEmpty();
    assertThat(s.terminatedAt()).isEmpty();
    assertThat(s.locked()).isEmpty();
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.UNKNOWN);
    assertThat(s.powerState()).contains(PowerState.NOSTATE);
    assertThat(s.vmState()).isEmpty();
    assertThat(s.taskState()).isEmpty();

    assertNonEmptyAccessorsAreExactly(
        s,
        "id",
        "statusAsString",
        "tenantId",
        "userId",
        "created",
        "links",
        "image",
        "flavor",
        "availabilityZone",
        "powerStateCode");
  }

  @Test
  void novaDetail298_imageProperties_everyField() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.98/servers-details-resp.json");

    assertServer298And2100CommonFields(s);
    assertThat(s.schedulerHints()).isEmpty();

    assertNonEmptyAccessorsAreExactly(s, PRESENT_IN_298);
  }

  @Test
  void novaDetail2100_schedulerHintsPinnedZoneAndNullCertificates_everyField() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.100/servers-details-resp.json");

    assertServer298And2100CommonFields(s);
    assertThat(s.schedulerHints())
        .containsExactly(Map.entry("same_host", List.of("48e6a9f6-30af-47e0-bc04-acaed113bb4e")));

    Set<String> present = new TreeSet<>(List.of(PRESENT_IN_298));
    present.add("schedulerHints");
    assertNonEmptyAccessorsAreExactly(s, present.toArray(new String[0]));
  }

  @Test
  void gophercloudFaultyServer_faultAndEveryField() {
    Server s =
        Fixtures.server("third-party/gophercloud-gophercloud_server-get-fault_FaultyServerBody.json");

    assertThat(s.id()).isEqualTo("9e5476bd-a4ec-4653-93d6-72c93aa682ba");
    assertThat(s.name()).contains("derp");
    assertThat(s.statusAsString()).contains("ACTIVE");
    assertThat(s.tenantId()).contains("fcad67a6189847c4aecfa3c81a05783b");
    assertThat(s.userId()).contains("9349aff8be7545ac9d2f1d00999a23cd");
    assertThat(s.created()).contains(Instant.parse("2014-09-25T13:04:41Z"));
    assertThat(s.updated()).contains(Instant.parse("2014-09-25T13:04:49Z"));
    assertThat(s.hostId()).contains("29d3c8c896a45aa4c34e52247875d7fefc3d94bbcc9f622b5d204362");
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://104.130.131.164:8774/v2/fcad67a6189847c4aecfa3c81a05783b/servers/9e5476bd-a4ec-4653-93d6-72c93aa682ba",
                "self",
                Optional.empty()),
            tuple(
                "http://104.130.131.164:8774/fcad67a6189847c4aecfa3c81a05783b/servers/9e5476bd-a4ec-4653-93d6-72c93aa682ba",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).isEmpty();
    assertThat(s.addresses()).containsOnlyKeys("private");
    assertThat(s.addresses().get("private"))
        .extracting(
            Address::addr,
            Address::version,
            Address::typeAsString,
            Address::type,
            Address::macAddress)
        .containsExactly(
            tuple(
                "10.0.0.31",
                4,
                Optional.of("fixed"),
                Optional.of(AddressType.FIXED),
                Optional.of("fa:16:3e:9e:89:be")));
    assertThat(s.accessIPv4()).isEmpty(); // "" on the wire
    assertThat(s.accessIPv6()).isEmpty(); // "" on the wire
    assertThat(s.keyName()).isEmpty(); // null on the wire

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("f90f6034-2570-4974-8351-6b49732ef2eb");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://104.130.131.164:8774/fcad67a6189847c4aecfa3c81a05783b/images/f90f6034-2570-4974-8351-6b49732ef2eb",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties()).isEmpty();

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.id()).contains("1");
    assertThat(flavor.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://104.130.131.164:8774/fcad67a6189847c4aecfa3c81a05783b/flavors/1",
                "bookmark",
                Optional.empty()));
    assertFlavorReferenceOnly(flavor);

    assertThat(s.progress()).hasValue(0);

    assertThat(s.fault()).isPresent();
    ServerFault fault = s.fault().get();
    assertThat(fault.code()).isEqualTo(500);
    assertThat(fault.message())
        .isEqualTo(
            "Conflict updating instance c2ce4dea-b73f-4d01-8633-2c6032869281. "
                + "Expected: {'task_state': [u'spawning']}. Actual: {'task_state': None}");
    assertThat(fault.created()).contains(Instant.parse("2017-11-11T07:58:39Z"));
    assertThat(fault.details()).contains("Stock details for test");

    assertThat(s.securityGroups()).extracting(ServerSecurityGroup::name).containsExactly("default");
    assertThat(s.volumesAttached()).isEmpty(); // [] on the wire
    assertThat(s.configDrive()).contains(false); // "" on the wire
    assertThat(s.diskConfig()).contains("MANUAL");
    assertThat(s.availabilityZone()).contains("nova");
    assertThat(s.host()).contains("devstack");
    assertThat(s.hypervisorHostname()).contains("devstack");
    assertThat(s.instanceName()).contains("instance-0000001d");
    assertThat(s.hostname()).isEmpty();
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).hasValue(1);
    assertThat(s.vmStateAsString()).contains("active");
    assertThat(s.taskStateAsString()).isEmpty(); // null on the wire
    // "2014-09-25T13:04:49.000000", no zone: UTC
    assertThat(s.launchedAt()).contains(Instant.parse("2014-09-25T13:04:49Z"));
    assertThat(s.terminatedAt()).isEmpty(); // null on the wire
    assertThat(s.locked()).isEmpty();
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.trustedImageCertificates()).isEmpty();
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty();
    assertThat(s.pinnedAvailabilityZone()).isEmpty();
    assertThat(s.schedulerHints()).isEmpty();
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(s.powerState()).contains(PowerState.RUNNING);
    assertThat(s.vmState()).contains(VmState.ACTIVE);
    assertThat(s.taskState()).isEmpty();

    assertNonEmptyAccessorsAreExactly(
        s,
        "id",
        "name",
        "statusAsString",
        "tenantId",
        "userId",
        "created",
        "updated",
        "hostId",
        "links",
        "addresses",
        "image",
        "flavor",
        "progress",
        "fault",
        "securityGroups",
        "configDrive",
        "diskConfig",
        "availabilityZone",
        "host",
        "hypervisorHostname",
        "instanceName",
        "powerStateCode",
        "vmStateAsString",
        "launchedAt");
  }

  /**
   * Every accessor except {@code schedulerHints} of the 2.98 and 2.100 samples, which carry the
   * same server apart from {@code scheduler_hints}.
   */
  private static void assertServer298And2100CommonFields(Server s) {
    assertThat(s.id()).isEqualTo("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    assertThat(s.name()).contains("new-server-test");
    assertThat(s.statusAsString()).contains("ACTIVE");
    assertThat(s.tenantId()).contains("6f70656e737461636b20342065766572");
    assertThat(s.userId()).contains("fake");
    assertThat(s.created()).contains(Instant.parse("2013-09-03T04:01:32Z"));
    assertThat(s.updated()).contains(Instant.parse("2013-09-03T04:01:32Z"));
    assertThat(s.hostId()).contains("bcf92836fc9ed4203a75cb0337afc7f917d2be504164b995c2334b25");
    assertThat(s.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/v2/6f70656e737461636b20342065766572/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb",
                "self",
                Optional.empty()),
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb",
                "bookmark",
                Optional.empty()));
    assertThat(s.metadata()).containsExactly(Map.entry("My Server Name", "Apache1"));
    assertThat(s.addresses()).containsOnlyKeys("private");
    assertThat(s.addresses().get("private"))
        .extracting(
            Address::addr,
            Address::version,
            Address::typeAsString,
            Address::type,
            Address::macAddress)
        .containsExactly(
            tuple(
                "192.168.1.30",
                4,
                Optional.of("fixed"),
                Optional.of(AddressType.FIXED),
                Optional.of("00:0c:29:0d:11:74")));
    assertThat(s.accessIPv4()).contains("1.2.3.4");
    assertThat(s.accessIPv6()).contains("80fe::");
    assertThat(s.keyName()).isEmpty(); // null on the wire

    assertThat(s.image()).isPresent();
    ServerImage image = s.image().get();
    assertThat(image.id()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
    assertThat(image.links())
        .extracting(Link::href, Link::rel, Link::type)
        .containsExactly(
            tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/images/70a599e0-31e7-49b7-b260-868f441e862b",
                "bookmark",
                Optional.empty()));
    assertThat(image.properties())
        .containsExactly(Map.entry("architecture", "x86_64"), Map.entry("auto_disk_config", "True"));

    assertThat(s.flavor()).isPresent();
    ServerFlavor flavor = s.flavor().get();
    assertThat(flavor.isEmbedded()).isTrue();
    assertThat(flavor.id()).isEmpty();
    assertThat(flavor.links()).isEmpty();
    assertThat(flavor.originalName()).contains("m1.tiny");
    assertThat(flavor.vcpus()).hasValue(1);
    assertThat(flavor.ram()).hasValue(512);
    assertThat(flavor.disk()).hasValue(1);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.extraSpecs()).isEmpty(); // {} on the wire

    assertThat(s.progress()).hasValue(0);
    assertThat(s.fault()).isEmpty();
    assertThat(s.securityGroups()).extracting(ServerSecurityGroup::name).containsExactly("default");
    assertThat(s.volumesAttached())
        .extracting(AttachedVolume::id, AttachedVolume::deleteOnTermination)
        .containsExactly(
            tuple("volume_id1", Optional.of(false)), tuple("volume_id2", Optional.of(false)));
    assertThat(s.configDrive()).contains(false); // "" on the wire
    assertThat(s.diskConfig()).contains("AUTO");
    assertThat(s.availabilityZone()).contains("us-west");
    assertThat(s.host()).isEmpty();
    assertThat(s.hypervisorHostname()).isEmpty();
    assertThat(s.instanceName()).isEmpty();
    assertThat(s.hostname()).contains("new-server-test");
    assertThat(s.kernelId()).isEmpty();
    assertThat(s.ramdiskId()).isEmpty();
    assertThat(s.reservationId()).isEmpty();
    assertThat(s.launchIndex()).isEmpty();
    assertThat(s.rootDeviceName()).isEmpty();
    assertThat(s.userData()).isEmpty();
    assertThat(s.powerStateCode()).hasValue(1);
    assertThat(s.vmStateAsString()).contains("active");
    assertThat(s.taskStateAsString()).isEmpty(); // null on the wire
    // "2013-09-23T13:53:12.774549", no zone: UTC
    assertThat(s.launchedAt()).contains(Instant.parse("2013-09-23T13:53:12.774549Z"));
    assertThat(s.terminatedAt()).isEmpty(); // null on the wire
    assertThat(s.locked()).contains(false);
    assertThat(s.hostStatus()).isEmpty();
    assertThat(s.description()).isEmpty(); // "" on the wire means none
    assertThat(s.tags()).isEmpty(); // [] on the wire
    assertThat(s.trustedImageCertificates()).isEmpty(); // null on the wire
    assertThat(s.serverGroups()).isEmpty();
    assertThat(s.lockedReason()).isEmpty(); // "" on the wire means none
    assertThat(s.pinnedAvailabilityZone()).contains("us-west");
    assertThat(s.adminPass()).isEmpty();
    assertThat(s.additionalProperties()).isEmpty();

    assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(s.powerState()).contains(PowerState.RUNNING);
    assertThat(s.vmState()).contains(VmState.ACTIVE);
    assertThat(s.taskState()).isEmpty();
  }

  /** A pre-2.47 flavor reference carries nothing of the embedded description. */
  private static void assertFlavorReferenceOnly(ServerFlavor flavor) {
    assertThat(flavor.isEmbedded()).isFalse();
    assertThat(flavor.originalName()).isEmpty();
    assertThat(flavor.vcpus()).isEmpty();
    assertThat(flavor.ram()).isEmpty();
    assertThat(flavor.disk()).isEmpty();
    assertThat(flavor.ephemeral()).isEmpty();
    assertThat(flavor.swap()).isEmpty();
    assertThat(flavor.extraSpecs()).isEmpty();
  }

  /**
   * Checks that exactly the named accessors of {@link Server} hold a value (a present optional, a
   * non-empty collection or map), and every other one is empty. This guards the explicit
   * assertions above: an accessor they forget, or one added to {@code Server} later, shows up here.
   */
  private static void assertNonEmptyAccessorsAreExactly(Server server, String... expected) {
    Set<String> nonEmpty = new TreeSet<>();
    for (Method accessor : Server.class.getDeclaredMethods()) {
      if (!Modifier.isAbstract(accessor.getModifiers()) || accessor.getParameterCount() != 0) {
        continue;
      }
      if (!isEmpty(invoke(accessor, server))) {
        nonEmpty.add(accessor.getName());
      }
    }
    assertThat(nonEmpty).as("accessors holding a value").containsExactlyInAnyOrder(expected);
  }

  private static Object invoke(Method accessor, Server server) {
    try {
      return accessor.invoke(server);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot call Server." + accessor.getName() + "()", e);
    }
  }

  private static boolean isEmpty(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isEmpty();
    }
    if (value instanceof OptionalInt) {
      return ((OptionalInt) value).isEmpty();
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).isEmpty();
    }
    if (value instanceof String) {
      return false; // id, always present
    }
    throw new AssertionError("unexpected accessor type: " + value);
  }
}
