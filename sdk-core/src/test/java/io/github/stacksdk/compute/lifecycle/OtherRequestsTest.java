package io.github.stacksdk.compute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks and shortcuts of the update, rebuild, network and disk values. */
final class OtherRequestsTest {

  @Test
  void update_nothingSet_refused() {
    assertThatThrownBy(() -> UpdateServerRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "at least one of name, description, accessIpV4, accessIpV6, hostname");
  }

  @Test
  void update_blankName_refused() {
    assertThatThrownBy(() -> UpdateServerRequest.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> UpdateServerRequest.builder().description("d".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description must be at most 255");
  }

  @Test
  void update_oneField_accepted() {
    assertThat(UpdateServerRequest.builder().accessIpV4("1.2.3.4").build().accessIpV4())
        .contains("1.2.3.4");
  }

  @Test
  void rebuild_blankImageOrBadValues_refused() {
    assertThatThrownBy(() -> RebuildServerRequest.builder().imageRef(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imageRef must not be blank");
    assertThatThrownBy(() -> RebuildServerRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("imageRef");
    assertThatThrownBy(
            () -> RebuildServerRequest.builder().imageRef("i").putMetadata("", "v").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata keys");
    assertThatThrownBy(() -> RebuildServerRequest.builder().imageRef("i").name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }

  @Test
  void rebuild_toString_redactsAdminPassAndUserData() {
    RebuildServerRequest request =
        RebuildServerRequest.builder().imageRef("i").adminPass("pw-123").userData("ud-456").build();

    assertThat(request.toString())
        .doesNotContain("pw-123")
        .doesNotContain("ud-456")
        .contains("adminPass=****")
        .contains("userData=****");
  }

  @Test
  void networkRequest_neitherNetworkNorPort_refused() {
    assertThatThrownBy(() -> NetworkRequest.builder().fixedIp("10.0.0.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a network request needs a networkId or a port");
    assertThatThrownBy(() -> NetworkRequest.builder().networkId("n").tag("a,b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("network tag");
  }

  @Test
  void networkRequest_shortcuts() {
    assertThat(NetworkRequest.ofNetwork("n").networkId()).contains("n");
    assertThat(NetworkRequest.ofNetwork("n").port()).isEmpty();
    assertThat(NetworkRequest.ofPort("p").port()).contains("p");
    assertThat(NetworkRequest.ofPort("p").networkId()).isEmpty();
  }

  @Test
  void networks_kinds() {
    assertThat(Networks.auto().isAuto()).isTrue();
    assertThat(Networks.auto().isNone()).isFalse();
    assertThat(Networks.none().isNone()).isTrue();
    assertThat(Networks.none().requests()).isEmpty();
    Networks list = Networks.of(NetworkRequest.ofPort("p"), NetworkRequest.ofNetwork("n"));
    assertThat(list.isAuto()).isFalse();
    assertThat(list.isNone()).isFalse();
    assertThat(list.requests()).extracting(r -> r.port().orElse("-")).containsExactly("p", "-");
    assertThatThrownBy(() -> Networks.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Networks.none()");
  }

  @Test
  void blockDeviceMapping_shortcuts() {
    BlockDeviceMapping image = BlockDeviceMapping.bootFromImage("img", 20);
    assertThat(image.sourceType()).isEqualTo("image");
    assertThat(image.destinationType()).contains("volume");
    assertThat(image.bootIndex()).hasValue(0);
    assertThat(image.volumeSize()).hasValue(20);
    assertThat(image.deleteOnTermination()).contains(true);

    BlockDeviceMapping volume = BlockDeviceMapping.bootFromVolume("vol");
    assertThat(volume.sourceType()).isEqualTo("volume");
    assertThat(volume.uuid()).contains("vol");
    assertThat(volume.bootIndex()).hasValue(0);
    assertThat(volume.deleteOnTermination()).isEmpty();

    BlockDeviceMapping ephemeral = BlockDeviceMapping.ephemeral(10);
    assertThat(ephemeral.sourceType()).isEqualTo("blank");
    assertThat(ephemeral.destinationType()).contains("local");
    assertThat(ephemeral.bootIndex()).hasValue(-1);
    assertThat(ephemeral.guestFormat()).isEmpty();

    BlockDeviceMapping swap = BlockDeviceMapping.swap(512);
    assertThat(swap.guestFormat()).contains("swap");
    assertThat(swap.volumeSize()).hasValue(512);
    assertThat(swap.bootIndex()).hasValue(-1);
  }

  @Test
  void blockDeviceMapping_invalid_refused() {
    assertThatThrownBy(() -> BlockDeviceMapping.builder().sourceType("disk").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sourceType must be image, volume, snapshot or blank");
    assertThatThrownBy(
            () -> BlockDeviceMapping.builder().sourceType("blank").destinationType("nfs").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destinationType must be volume or local");
    assertThatThrownBy(() -> BlockDeviceMapping.builder().sourceType("volume").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a volume block device needs its uuid");
    assertThatThrownBy(() -> BlockDeviceMapping.ephemeral(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumeSize must be at least 1, was 0");
  }

  @Test
  void rebootType_values() {
    assertThat(RebootType.SOFT.value()).isEqualTo("SOFT");
    assertThat(RebootType.HARD.value()).isEqualTo("HARD");
  }
}
