package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.entryValue;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nonEmptySharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.nonEmptyString;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;
import static io.github.stacksdk.compute.model.internal.JsonReading.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server body of {@code GET /servers/detail} and {@code GET /servers/{id}}, every
 * microversion, read in one pass into {@link Server.Builder}.
 */
public final class ServerJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerJson() {}

  /** Reads the server object at the parser's current token. */
  public static Server read(JsonParser p) throws IOException {
    Server.Builder b = Server.builder();
    for (String name = NAMES.first(p, "server");
        name != null;
        name = NAMES.next(p, name, "server")) {
      readField(b, name, p);
    }
    return build(p, "server", b::build);
  }

  /**
   * One case per wire key. Plain code, no method reference per field ({@code Server.Builder::name}):
   * each would be a class spun at a cold start's first page, and a call the JIT may not inline.
   */
  private static void readField(Server.Builder b, String name, JsonParser q) throws IOException {
    switch (name) {
      case "id":
        {
          String value = string(q, name);
          if (value != null) {
            b.id(value);
          }
          break;
        }
      case "name":
        b.name(string(q, name));
        break;
      case "status":
        b.statusAsString(sharedString(q, name));
        break;
      case "tenant_id":
        b.tenantId(sharedString(q, name));
        break;
      case "user_id":
        b.userId(sharedString(q, name));
        break;
      case "created":
        b.created(instant(q, name));
        break;
      case "updated":
        b.updated(instant(q, name));
        break;
      case "hostId":
        b.hostId(nonEmptySharedString(q, name));
        break;
      case "links":
        for (boolean more = firstElement(q, name); more; more = nextElement(q)) {
          b.addLink(LinkJson.read(q));
        }
        break;
      case "metadata":
        for (String key = firstField(q, name); key != null; key = nextField(q, name)) {
          String value = entryValue(q, name, key);
          if (value != null) {
            b.putMetadata(key, value);
          }
        }
        break;
      case "addresses":
        for (String network = firstField(q, name); network != null; network = nextField(q, name)) {
          b.putAddress(network, readAddresses(network, q));
        }
        break;
      case "accessIPv4":
        b.accessIPv4(nonEmptyString(q, name));
        break;
      case "accessIPv6":
        b.accessIPv6(nonEmptyString(q, name));
        break;
      case "key_name":
        b.keyName(nonEmptySharedString(q, name));
        break;
      case "image":
        b.image(ServerImageJson.read(q));
        break;
      case "flavor":
        b.flavor(ServerFlavorJson.read(q));
        break;
      case "progress":
        {
          Integer value = integer(q, name);
          if (value != null) {
            b.progress(value);
          }
          break;
        }
      case "fault":
        b.fault(ServerFaultJson.read(q));
        break;
      case "security_groups":
        for (boolean more = firstElement(q, name); more; more = nextElement(q)) {
          b.addSecurityGroup(ServerSecurityGroupJson.read(q));
        }
        break;
      case "os-extended-volumes:volumes_attached":
        for (boolean more = firstElement(q, name); more; more = nextElement(q)) {
          b.addVolumesAttached(AttachedVolumeJson.read(q));
        }
        break;
      case "config_drive":
        readConfigDrive(b, q);
        break;
      case "OS-DCF:diskConfig":
        b.diskConfig(sharedString(q, name));
        break;
      case "OS-EXT-AZ:availability_zone":
        b.availabilityZone(sharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:host":
        b.host(sharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:hypervisor_hostname":
        b.hypervisorHostname(sharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:instance_name":
        b.instanceName(string(q, name));
        break;
      case "OS-EXT-SRV-ATTR:hostname":
        b.hostname(string(q, name));
        break;
      case "OS-EXT-SRV-ATTR:kernel_id":
        b.kernelId(nonEmptySharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:ramdisk_id":
        b.ramdiskId(nonEmptySharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:reservation_id":
        b.reservationId(string(q, name));
        break;
      case "OS-EXT-SRV-ATTR:launch_index":
        {
          Integer value = integer(q, name);
          if (value != null) {
            b.launchIndex(value);
          }
          break;
        }
      case "OS-EXT-SRV-ATTR:root_device_name":
        b.rootDeviceName(sharedString(q, name));
        break;
      case "OS-EXT-SRV-ATTR:user_data":
        b.userData(string(q, name));
        break;
      case "OS-EXT-STS:power_state":
        {
          Integer value = integer(q, name);
          if (value != null) {
            b.powerStateCode(value);
          }
          break;
        }
      case "OS-EXT-STS:vm_state":
        b.vmStateAsString(sharedString(q, name));
        break;
      case "OS-EXT-STS:task_state":
        b.taskStateAsString(sharedString(q, name));
        break;
      case "OS-SRV-USG:launched_at":
        b.launchedAt(instant(q, name));
        break;
      case "OS-SRV-USG:terminated_at":
        b.terminatedAt(instant(q, name));
        break;
      case "locked":
        b.locked(bool(q, name));
        break;
      case "host_status":
        b.hostStatus(nonEmptySharedString(q, name));
        break;
      case "description":
        b.description(nonEmptyString(q, name));
        break;
      case "tags":
        strings(q, name, b::addTag);
        break;
      case "trusted_image_certificates":
        strings(q, name, b::addTrustedImageCertificate);
        break;
      case "server_groups":
        strings(q, name, b::addServerGroup);
        break;
      case "locked_reason":
        b.lockedReason(nonEmptyString(q, name));
        break;
      case "pinned_availability_zone":
        b.pinnedAvailabilityZone(sharedString(q, name));
        break;
      case "scheduler_hints":
        for (String hint = firstField(q, name); hint != null; hint = nextField(q, name)) {
          b.putSchedulerHint(hint, readHintValues(name + "." + hint, q));
        }
        break;
      case "adminPass":
        b.adminPass(string(q, name));
        break;
      default:
        Object value = UntypedJson.read(q);
        if (value != null) {
          b.putAdditionalProperty(name, value);
        }
    }
  }

  private static List<Address> readAddresses(String network, JsonParser p) throws IOException {
    // The field path is only for the message of a value that is no array.
    boolean more =
        firstElement(
            p, p.currentToken() == JsonToken.START_ARRAY ? "addresses" : "addresses." + network);
    if (!more) {
      return List.of();
    }
    Address first = AddressJson.read(p);
    if (!nextElement(p)) {
      return List.of(first);
    }
    Address second = AddressJson.read(p);
    if (!nextElement(p)) {
      return List.of(first, second);
    }
    List<Address> addresses = new ArrayList<>(4);
    addresses.add(first);
    addresses.add(second);
    do {
      addresses.add(AddressJson.read(p));
    } while (nextElement(p));
    return List.copyOf(addresses);
  }

  private static List<String> readHintValues(String field, JsonParser p) throws IOException {
    List<String> values = new ArrayList<>();
    strings(p, field, values::add);
    return List.copyOf(values);
  }

  /** Nova sends {@code "True"} or {@code ""} (no config drive); some clouds send booleans. */
  private static void readConfigDrive(Server.Builder b, JsonParser q) throws IOException {
    if (q.currentToken() == JsonToken.VALUE_STRING && q.getText().isEmpty()) {
      b.configDrive(false);
    } else {
      b.configDrive(bool(q, "config_drive"));
    }
  }

  /** Writes a server in Nova's wire shape; absent fields are left out. */
  public static void write(Server s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    JsonWriting.string(g, "name", s.name());
    JsonWriting.string(g, "status", s.statusAsString());
    JsonWriting.string(g, "tenant_id", s.tenantId());
    JsonWriting.string(g, "user_id", s.userId());
    JsonWriting.zonedInstant(g, "created", s.created());
    JsonWriting.zonedInstant(g, "updated", s.updated());
    JsonWriting.string(g, "hostId", s.hostId());
    JsonWriting.array(g, "links", s.links(), LinkJson::write);
    JsonWriting.stringMap(g, "metadata", s.metadata());
    g.writeObjectFieldStart("addresses");
    for (Map.Entry<String, List<Address>> network : s.addresses().entrySet()) {
      JsonWriting.array(g, network.getKey(), network.getValue(), AddressJson::write);
    }
    g.writeEndObject();
    JsonWriting.string(g, "accessIPv4", s.accessIPv4());
    JsonWriting.string(g, "accessIPv6", s.accessIPv6());
    JsonWriting.string(g, "key_name", s.keyName());
    if (s.image().isPresent()) {
      g.writeFieldName("image");
      ServerImageJson.write(s.image().get(), g);
    }
    if (s.flavor().isPresent()) {
      g.writeFieldName("flavor");
      ServerFlavorJson.write(s.flavor().get(), g);
    }
    JsonWriting.integer(g, "progress", s.progress());
    if (s.fault().isPresent()) {
      g.writeFieldName("fault");
      ServerFaultJson.write(s.fault().get(), g);
    }
    JsonWriting.array(g, "security_groups", s.securityGroups(), ServerSecurityGroupJson::write);
    JsonWriting.array(
        g, "os-extended-volumes:volumes_attached", s.volumesAttached(), AttachedVolumeJson::write);
    if (s.configDrive().isPresent()) {
      g.writeStringField("config_drive", s.configDrive().get() ? "True" : "");
    }
    JsonWriting.string(g, "OS-DCF:diskConfig", s.diskConfig());
    JsonWriting.string(g, "OS-EXT-AZ:availability_zone", s.availabilityZone());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:host", s.host());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:hypervisor_hostname", s.hypervisorHostname());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:instance_name", s.instanceName());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:hostname", s.hostname());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:kernel_id", s.kernelId());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:ramdisk_id", s.ramdiskId());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:reservation_id", s.reservationId());
    JsonWriting.integer(g, "OS-EXT-SRV-ATTR:launch_index", s.launchIndex());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:root_device_name", s.rootDeviceName());
    JsonWriting.string(g, "OS-EXT-SRV-ATTR:user_data", s.userData());
    JsonWriting.integer(g, "OS-EXT-STS:power_state", s.powerStateCode());
    JsonWriting.string(g, "OS-EXT-STS:vm_state", s.vmStateAsString());
    JsonWriting.string(g, "OS-EXT-STS:task_state", s.taskStateAsString());
    JsonWriting.zonelessInstant(g, "OS-SRV-USG:launched_at", s.launchedAt());
    JsonWriting.zonelessInstant(g, "OS-SRV-USG:terminated_at", s.terminatedAt());
    JsonWriting.bool(g, "locked", s.locked());
    JsonWriting.string(g, "host_status", s.hostStatus());
    JsonWriting.string(g, "description", s.description());
    JsonWriting.strings(g, "tags", s.tags());
    JsonWriting.strings(g, "trusted_image_certificates", s.trustedImageCertificates());
    JsonWriting.strings(g, "server_groups", s.serverGroups());
    JsonWriting.string(g, "locked_reason", s.lockedReason());
    JsonWriting.string(g, "pinned_availability_zone", s.pinnedAvailabilityZone());
    g.writeObjectFieldStart("scheduler_hints");
    for (Map.Entry<String, List<String>> hint : s.schedulerHints().entrySet()) {
      JsonWriting.strings(g, hint.getKey(), hint.getValue());
    }
    g.writeEndObject();
    JsonWriting.string(g, "adminPass", s.adminPass());
    for (Map.Entry<String, Object> extra : s.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link Server}. */
  public static final class Deserializer extends ModelDeserializer<Server> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Server.class, ServerJson::read);
    }
  }

  /** Lets Jackson write a {@link Server}. */
  public static final class Serializer extends ModelSerializer<Server> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Server.class, ServerJson::write);
    }
  }
}
