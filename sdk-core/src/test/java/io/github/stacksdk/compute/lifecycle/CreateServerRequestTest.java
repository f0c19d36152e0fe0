package io.github.stacksdk.compute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks {@link CreateServerRequest#builder()}'s {@code build()} makes, and its toString. */
final class CreateServerRequestTest {

  private static CreateServerRequest.Builder minimal() {
    return CreateServerRequest.builder().name("web").imageRef("img").flavorRef("1");
  }

  static Stream<Arguments> invalid() {
    List<String> fiftyOneTags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      fiftyOneTags.add("t" + i);
    }
    return Stream.of(
        invalid("blank name", b -> b.name(" "), "name must not be blank"),
        invalid("long name", b -> b.name("n".repeat(256)), "name must be at most 255"),
        invalid("blank flavorRef", b -> b.flavorRef(""), "flavorRef must not be blank"),
        invalid("blank imageRef", b -> b.imageRef(" "), "imageRef must not be blank"),
        invalid(
            "nothing to boot",
            b ->
                b.imageRef(java.util.Optional.empty())
                    .addBlockDeviceMapping(BlockDeviceMapping.ephemeral(1)),
            "needs an imageRef or a block device mapping with boot index 0"),
        invalid(
            "empty metadata key", b -> b.putMetadata("", "v"), "metadata keys must be 1 to 255"),
        invalid(
            "long metadata key",
            b -> b.putMetadata("k".repeat(256), "v"),
            "metadata keys must be 1 to 255"),
        invalid(
            "long metadata value",
            b -> b.putMetadata("k", "v".repeat(256)),
            "metadata value of k must be at most 255"),
        invalid("too many tags", b -> b.addAllTags(fiftyOneTags), "tags must be at most 50"),
        invalid("tag with comma", b -> b.addTag("a,b"), "must not contain ',' or '/'"),
        invalid("tag with slash", b -> b.addTag("a/b"), "must not contain ',' or '/'"),
        invalid("long tag", b -> b.addTag("t".repeat(61)), "tags must be 1 to 60"),
        invalid(
            "blank security group",
            b -> b.addSecurityGroup(" "),
            "securityGroups must not be blank"),
        invalid("minCount 0", b -> b.minCount(0), "minCount must be at least 1, was 0"),
        invalid("maxCount 0", b -> b.maxCount(0), "maxCount must be at least 1, was 0"),
        invalid(
            "min above max",
            b -> b.minCount(3).maxCount(2),
            "minCount (3) must not be greater than maxCount (2)"),
        invalid(
            "group twice", b -> b.serverGroup("g").schedulerHint("group", "h"), "do not set both"),
        invalid("hint without value", b -> b.schedulerHint("same_host"), "needs a value"),
        invalid(
            "long description",
            b -> b.description("d".repeat(256)),
            "description must be at most 255"),
        invalid(
            "repeated certificate",
            b -> b.addTrustedImageCertificate("c").addTrustedImageCertificate("c"),
            "trustedImageCertificates repeats c"),
        invalid("blank hostname", b -> b.hostname(""), "hostname must not be blank"));
  }

  private static Arguments invalid(
      String name, Consumer<CreateServerRequest.Builder> change, String message) {
    return Arguments.of(name, change, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid_refusedWithMessage(
      String name, Consumer<CreateServerRequest.Builder> change, String message) {
    CreateServerRequest.Builder b = minimal();
    change.accept(b);

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void build_bootFromVolumeWithoutImage_accepted() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("web")
            .flavorRef("1")
            .addBlockDeviceMapping(BlockDeviceMapping.bootFromImage("img", 20))
            .minCount(2)
            .maxCount(2)
            .putMetadata("k".repeat(255), "v".repeat(255))
            .build();

    assertThat(request.imageRef()).isEmpty();
    assertThat(request.blockDeviceMappings()).hasSize(1);
    assertThat(request.returnReservationId()).isFalse();
  }

  @Test
  void toString_adminPassAndUserData_redacted() {
    CreateServerRequest request =
        minimal().adminPass("s3cret-pw").userData("top-secret-data").build();

    assertThat(request.toString())
        .doesNotContain("s3cret-pw")
        .doesNotContain("top-secret-data")
        .contains("adminPass=****")
        .contains("userData=****")
        .contains("name=web");
  }

  @Test
  void schedulerHint_varargs_immutableCopy() {
    String[] values = {"a", "b"};
    CreateServerRequest request = minimal().schedulerHint("different_host", values).build();
    values[0] = "changed";

    assertThat(request.schedulerHints()).isEqualTo(Map.of("different_host", List.of("a", "b")));
    assertThatThrownBy(() -> request.schedulerHints().get("different_host").add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void putSchedulerHint_mutableList_frozen() {
    List<String> values = new ArrayList<>(List.of("a"));
    CreateServerRequest request = minimal().putSchedulerHint("same_host", values).build();
    values.add("b");

    assertThat(request.schedulerHints().get("same_host")).containsExactly("a");
    assertThatThrownBy(() -> request.schedulerHints().get("same_host").add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilder_copiesEveryField() {
    CreateServerRequest request =
        minimal().networks(Networks.auto()).addTag("t").adminPass("p").serverGroup("g").build();

    assertThat(request.toBuilder().build()).isEqualTo(request);
  }
}
