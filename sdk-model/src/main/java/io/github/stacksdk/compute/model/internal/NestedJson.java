package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.elements;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringEntries;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringReusedIfRepeated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.AttachedVolume;
import io.github.stacksdk.compute.model.FixedIp;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the small models that servers and virtual interfaces are made of, and of interface
 * attachments.
 */
public final class NestedJson {
  private NestedJson() {}

  /** {@code {"href", "rel", "type"?}}. */
  public static final class LinkJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private LinkJson() {}

    public static Link read(JsonParser p) throws IOException {
      return read(p, false);
    }

    /**
     * A link whose {@code href} repeats from server to server, as an image's or a flavor's does
     * (a server's own links differ by its id): the {@code href} is shared too.
     */
    public static Link readShared(JsonParser p) throws IOException {
      return read(p, true);
    }

    private static Link read(JsonParser p, boolean sharedHref) throws IOException {
      Link.Builder b = Link.builder();
      for (String name = NAMES.first(p, "link"); name != null; name = NAMES.next(p, name, "link")) {
        switch (name) {
          case "href": {
            String value = sharedHref ? sharedString(p, "link.href") : string(p, "link.href");
            if (value != null) {
              b.href(value);
            }
            break;
          }
          case "rel": {
            String value = sharedString(p, "link.rel");
            if (value != null) {
              b.rel(value);
            }
            break;
          }
          case "type":
            b.type(sharedString(p, "link.type"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "link", b::build);
    }

    public static void write(Link link, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("href", link.href());
      g.writeStringField("rel", link.rel());
      JsonWriting.string(g, "type", link.type());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<Link> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(Link.class, LinkJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<Link> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(Link.class, LinkJson::write);
      }
    }
  }

  /** {@code {"addr", "version", "OS-EXT-IPS:type"?, "OS-EXT-IPS-MAC:mac_addr"?}}. */
  public static final class AddressJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private AddressJson() {}

    public static Address read(JsonParser p) throws IOException {
      Address.Builder b = Address.builder();
      for (String name = NAMES.first(p, "address"); name != null; name = NAMES.next(p, name, "address")) {
        switch (name) {
          case "addr": {
            String value = string(p, "address.addr");
            if (value != null) {
              b.addr(value);
            }
            break;
          }
          case "version": {
            Integer value = integer(p, "address.version");
            if (value != null) {
              b.version(value);
            }
            break;
          }
          case "OS-EXT-IPS:type":
            b.typeAsString(sharedString(p, "address.OS-EXT-IPS:type"));
            break;
          case "OS-EXT-IPS-MAC:mac_addr":
            // A MAC repeats only within its server (a port's IPv4 and IPv6 addresses), in a row.
            b.macAddress(stringReusedIfRepeated(p, "address.OS-EXT-IPS-MAC:mac_addr"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "address", b::build);
    }

    public static void write(Address address, JsonGenerator g) throws IOException {
      g.writeStartObject();
      JsonWriting.string(g, "OS-EXT-IPS-MAC:mac_addr", address.macAddress());
      JsonWriting.string(g, "OS-EXT-IPS:type", address.typeAsString());
      g.writeStringField("addr", address.addr());
      g.writeNumberField("version", address.version());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<Address> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(Address.class, AddressJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<Address> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(Address.class, AddressJson::write);
      }
    }
  }

  /**
   * {@code {"id", "links", "properties"?}}, or the empty string Nova sends for a server booted from
   * a volume (read as absent), or a bare id.
   */
  public static final class ServerImageJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private ServerImageJson() {}

    public static @Nullable ServerImage read(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String id = StringDeduplicator.text(p);
        return id.isEmpty() ? null : ServerImage.builder().id(id).build();
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      ServerImage.Builder b = ServerImage.builder();
      for (String name = NAMES.first(p, "image"); name != null; name = NAMES.next(p, name, "image")) {
        switch (name) {
          case "id": {
            String value = sharedString(p, "image.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
          case "links":
            for (boolean more = firstElement(p, "image.links"); more; more = nextElement(p)) {
              b.addLink(LinkJson.readShared(p));
            }
            break;
          case "properties":
            stringEntries(p, "image.properties", b::putProperty);
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "image", b::build);
    }

    public static void write(ServerImage image, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", image.id());
      JsonWriting.array(g, "links", image.links(), LinkJson::write);
      if (!image.properties().isEmpty()) {
        JsonWriting.stringMap(g, "properties", image.properties());
      }
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<ServerImage> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(ServerImage.class, ServerImageJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<ServerImage> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(ServerImage.class, ServerImageJson::write);
      }
    }
  }

  /** Both flavor shapes: {@code {"id", "links"}} before 2.47, the description from 2.47. */
  public static final class ServerFlavorJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private ServerFlavorJson() {}

    public static @Nullable ServerFlavor read(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String id = StringDeduplicator.text(p);
        return id.isEmpty() ? null : ServerFlavor.builder().id(id).build();
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      ServerFlavor.Builder b = ServerFlavor.builder();
      for (String name = NAMES.first(p, "flavor"); name != null; name = NAMES.next(p, name, "flavor")) {
        switch (name) {
          case "id":
            b.id(sharedString(p, "flavor.id"));
            break;
          case "links":
            for (boolean more = firstElement(p, "flavor.links"); more; more = nextElement(p)) {
              b.addLink(LinkJson.readShared(p));
            }
            break;
          case "original_name":
            b.originalName(sharedString(p, "flavor.original_name"));
            break;
          case "vcpus": {
            Integer value = integer(p, "flavor.vcpus");
            if (value != null) {
              b.vcpus(value);
            }
            break;
          }
          case "ram": {
            Integer value = integer(p, "flavor.ram");
            if (value != null) {
              b.ram(value);
            }
            break;
          }
          case "disk": {
            Integer value = integer(p, "flavor.disk");
            if (value != null) {
              b.disk(value);
            }
            break;
          }
          case "ephemeral": {
            Integer value = integer(p, "flavor.ephemeral");
            if (value != null) {
              b.ephemeral(value);
            }
            break;
          }
          case "swap": {
            Integer value = integer(p, "flavor.swap");
            if (value != null) {
              b.swap(value);
            }
            break;
          }
          case "extra_specs":
            stringEntries(p, "flavor.extra_specs", b::putExtraSpec);
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "flavor", b::build);
    }

    public static void write(ServerFlavor flavor, JsonGenerator g) throws IOException {
      g.writeStartObject();
      if (flavor.isEmbedded()) {
        JsonWriting.integer(g, "vcpus", flavor.vcpus());
        JsonWriting.integer(g, "ram", flavor.ram());
        JsonWriting.integer(g, "disk", flavor.disk());
        JsonWriting.integer(g, "ephemeral", flavor.ephemeral());
        JsonWriting.integer(g, "swap", flavor.swap());
        JsonWriting.string(g, "original_name", flavor.originalName());
        JsonWriting.stringMap(g, "extra_specs", flavor.extraSpecs());
      } else {
        JsonWriting.string(g, "id", flavor.id());
        JsonWriting.array(g, "links", flavor.links(), LinkJson::write);
      }
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<ServerFlavor> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(ServerFlavor.class, ServerFlavorJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<ServerFlavor> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(ServerFlavor.class, ServerFlavorJson::write);
      }
    }
  }

  /** {@code {"code", "message", "created", "details"?}}. */
  public static final class ServerFaultJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private ServerFaultJson() {}

    public static @Nullable ServerFault read(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      ServerFault.Builder b = ServerFault.builder();
      for (String name = NAMES.first(p, "fault"); name != null; name = NAMES.next(p, name, "fault")) {
        switch (name) {
          case "code": {
            Integer value = integer(p, "fault.code");
            if (value != null) {
              b.code(value);
            }
            break;
          }
          case "message": {
            String value = string(p, "fault.message");
            if (value != null) {
              b.message(value);
            }
            break;
          }
          case "created":
            b.created(instant(p, "fault.created"));
            break;
          case "details":
            b.details(string(p, "fault.details"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "fault", b::build);
    }

    public static void write(ServerFault fault, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeNumberField("code", fault.code());
      g.writeStringField("message", fault.message());
      JsonWriting.zonedInstant(g, "created", fault.created());
      JsonWriting.string(g, "details", fault.details());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<ServerFault> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(ServerFault.class, ServerFaultJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<ServerFault> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(ServerFault.class, ServerFaultJson::write);
      }
    }
  }

  /** {@code {"name"}}. */
  public static final class ServerSecurityGroupJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private ServerSecurityGroupJson() {}

    public static ServerSecurityGroup read(JsonParser p) throws IOException {
      ServerSecurityGroup.Builder b = ServerSecurityGroup.builder();
      for (String name = NAMES.first(p, "security_group"); name != null; name = NAMES.next(p, name, "security_group")) {
        if (name.equals("name")) {
          String value = sharedString(p, "security_group.name");
          if (value != null) {
            b.name(value);
          }
        } else {
          p.skipChildren();
        }
      }
      return build(p, "security group", b::build);
    }

    public static void write(ServerSecurityGroup group, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", group.name());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<ServerSecurityGroup> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(ServerSecurityGroup.class, ServerSecurityGroupJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<ServerSecurityGroup> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(ServerSecurityGroup.class, ServerSecurityGroupJson::write);
      }
    }
  }

  /** {@code {"id", "delete_on_termination"?}}. */
  public static final class AttachedVolumeJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private AttachedVolumeJson() {}

    public static AttachedVolume read(JsonParser p) throws IOException {
      AttachedVolume.Builder b = AttachedVolume.builder();
      for (String name = NAMES.first(p, "volume"); name != null; name = NAMES.next(p, name, "volume")) {
        switch (name) {
          case "id": {
            String value = string(p, "volume.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
          case "delete_on_termination":
            b.deleteOnTermination(bool(p, "volume.delete_on_termination"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "attached volume", b::build);
    }

    public static void write(AttachedVolume volume, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", volume.id());
      JsonWriting.bool(g, "delete_on_termination", volume.deleteOnTermination());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<AttachedVolume> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(AttachedVolume.class, AttachedVolumeJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<AttachedVolume> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(AttachedVolume.class, AttachedVolumeJson::write);
      }
    }
  }

  /** Rackspace's {@code {"id", "mac_address", "ip_addresses"}} and upstream's with a net id. */
  public static final class VirtualInterfaceJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private VirtualInterfaceJson() {}

    public static VirtualInterface read(JsonParser p) throws IOException {
      VirtualInterface.Builder b = VirtualInterface.builder();
      for (String name = NAMES.first(p, "virtual_interface"); name != null; name = NAMES.next(p, name, "virtual_interface")) {
        switch (name) {
          case "id": {
            String value = string(p, "virtual_interface.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
          case "mac_address": {
            String value = string(p, "virtual_interface.mac_address");
            if (value != null) {
              b.macAddress(value);
            }
            break;
          }
          case "ip_addresses":
            elements(
                p,
                "virtual_interface.ip_addresses",
                VirtualInterfaceAddressJson::read,
                b::addIpAddress);
            break;
          case "net_id":
          case "OS-EXT-VIF-NET:net_id":
            b.networkId(sharedString(p, "virtual_interface." + name));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "virtual interface", b::build);
    }

    public static void write(VirtualInterface vif, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", vif.id());
      g.writeStringField("mac_address", vif.macAddress());
      JsonWriting.array(g, "ip_addresses", vif.ipAddresses(), VirtualInterfaceAddressJson::write);
      JsonWriting.string(g, "net_id", vif.networkId());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<VirtualInterface> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(VirtualInterface.class, VirtualInterfaceJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<VirtualInterface> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(VirtualInterface.class, VirtualInterfaceJson::write);
      }
    }
  }

  /** {@code {"address", "network_id", "network_label"}}. */
  public static final class VirtualInterfaceAddressJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private VirtualInterfaceAddressJson() {}

    public static VirtualInterfaceAddress read(JsonParser p) throws IOException {
      VirtualInterfaceAddress.Builder b = VirtualInterfaceAddress.builder();
      for (String name = NAMES.first(p, "ip_address"); name != null; name = NAMES.next(p, name, "ip_address")) {
        switch (name) {
          case "address": {
            String value = string(p, "ip_address.address");
            if (value != null) {
              b.address(value);
            }
            break;
          }
          case "network_id": {
            String value = sharedString(p, "ip_address.network_id");
            if (value != null) {
              b.networkId(value);
            }
            break;
          }
          case "network_label": {
            String value = sharedString(p, "ip_address.network_label");
            if (value != null) {
              b.networkLabel(value);
            }
            break;
          }
          default:
            p.skipChildren();
        }
      }
      return build(p, "virtual interface address", b::build);
    }

    public static void write(VirtualInterfaceAddress address, JsonGenerator g)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("address", address.address());
      g.writeStringField("network_id", address.networkId());
      g.writeStringField("network_label", address.networkLabel());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<VirtualInterfaceAddress> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(VirtualInterfaceAddress.class, VirtualInterfaceAddressJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<VirtualInterfaceAddress> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(VirtualInterfaceAddress.class, VirtualInterfaceAddressJson::write);
      }
    }
  }

  /**
   * Upstream Nova's {@code {"port_id", "net_id", "mac_addr", "port_state", "fixed_ips", "tag"?}}
   * ({@code os-interface}).
   */
  public static final class InterfaceAttachmentJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private InterfaceAttachmentJson() {}

    public static InterfaceAttachment read(JsonParser p) throws IOException {
      InterfaceAttachment.Builder b = InterfaceAttachment.builder();
      for (String name = NAMES.first(p, "interface_attachment"); name != null; name = NAMES.next(p, name, "interface_attachment")) {
        switch (name) {
          case "port_id": {
            String value = string(p, "interface_attachment.port_id");
            if (value != null) {
              b.portId(value);
            }
            break;
          }
          case "net_id":
            b.networkId(sharedString(p, "interface_attachment.net_id"));
            break;
          case "mac_addr":
            b.macAddress(string(p, "interface_attachment.mac_addr"));
            break;
          case "port_state":
            b.portState(sharedString(p, "interface_attachment.port_state"));
            break;
          case "fixed_ips":
            elements(p, "interface_attachment.fixed_ips", FixedIpJson::read, b::addFixedIp);
            break;
          case "tag":
            b.tag(string(p, "interface_attachment.tag"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "interface attachment", b::build);
    }

    public static void write(InterfaceAttachment attachment, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("port_id", attachment.portId());
      JsonWriting.string(g, "net_id", attachment.networkId());
      JsonWriting.string(g, "mac_addr", attachment.macAddress());
      JsonWriting.string(g, "port_state", attachment.portState());
      JsonWriting.array(g, "fixed_ips", attachment.fixedIps(), FixedIpJson::write);
      JsonWriting.string(g, "tag", attachment.tag());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<InterfaceAttachment> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(InterfaceAttachment.class, InterfaceAttachmentJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<InterfaceAttachment> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(InterfaceAttachment.class, InterfaceAttachmentJson::write);
      }
    }
  }

  /** {@code {"ip_address", "subnet_id"}}. */
  public static final class FixedIpJson {
    private static final FieldNamePredictor NAMES = new FieldNamePredictor();

    private FixedIpJson() {}

    public static FixedIp read(JsonParser p) throws IOException {
      FixedIp.Builder b = FixedIp.builder();
      for (String name = NAMES.first(p, "fixed_ip"); name != null; name = NAMES.next(p, name, "fixed_ip")) {
        switch (name) {
          case "ip_address": {
            String value = string(p, "fixed_ip.ip_address");
            if (value != null) {
              b.ipAddress(value);
            }
            break;
          }
          case "subnet_id":
            b.subnetId(sharedString(p, "fixed_ip.subnet_id"));
            break;
          default:
            p.skipChildren();
        }
      }
      return build(p, "fixed ip", b::build);
    }

    public static void write(FixedIp fixedIp, JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("ip_address", fixedIp.ipAddress());
      JsonWriting.string(g, "subnet_id", fixedIp.subnetId());
      g.writeEndObject();
    }

    public static final class Deserializer extends ModelDeserializer<FixedIp> {
      private static final long serialVersionUID = 1L;

      public Deserializer() {
        super(FixedIp.class, FixedIpJson::read);
      }
    }

    public static final class Serializer extends ModelSerializer<FixedIp> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(FixedIp.class, FixedIpJson::write);
      }
    }
  }

}
