package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The open enums map every wire value, ignore case and never throw. */
final class OpenEnumsTest {

  @Test
  void serverStatus_hasTheTwentyNovaStatusesPlusUnrecognized() {
    assertThat(ServerStatus.values()).hasSize(21);
  }

  @ParameterizedTest
  @EnumSource(ServerStatus.class)
  void serverStatus_fromValue_roundTripsEveryConstant(ServerStatus status) {
    assertThat(ServerStatus.fromValue(status.value())).isEqualTo(status);
    assertThat(ServerStatus.fromValue(status.value().toLowerCase())).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(VmState.class)
  void vmState_fromValue_roundTripsEveryConstant(VmState state) {
    assertThat(VmState.fromValue(state.value())).isEqualTo(state);
  }

  @ParameterizedTest
  @EnumSource(TaskState.class)
  void taskState_fromValue_roundTripsEveryConstant(TaskState state) {
    assertThat(TaskState.fromValue(state.value())).isEqualTo(state);
  }

  @ParameterizedTest
  @EnumSource(AddressType.class)
  void addressType_fromValue_roundTripsEveryConstant(AddressType type) {
    assertThat(AddressType.fromValue(type.value())).isEqualTo(type);
  }

  @Test
  void unknownValues_areUnrecognized() {
    assertThat(ServerStatus.fromValue("BUILD(scheduling)")).isEqualTo(ServerStatus.UNRECOGNIZED);
    assertThat(ServerStatus.fromValue("")).isEqualTo(ServerStatus.UNRECOGNIZED);
    assertThat(VmState.fromValue("hibernating")).isEqualTo(VmState.UNRECOGNIZED);
    assertThat(TaskState.fromValue("levitating")).isEqualTo(TaskState.UNRECOGNIZED);
    assertThat(AddressType.fromValue("elastic")).isEqualTo(AddressType.UNRECOGNIZED);
    assertThat(PowerState.fromCode(2)).isEqualTo(PowerState.UNRECOGNIZED);
    assertThat(PowerState.fromCode(-1)).isEqualTo(PowerState.UNRECOGNIZED);
  }

  @Test
  void powerState_fromCode_mapsNovasSixCodes() {
    assertThat(PowerState.fromCode(0)).isEqualTo(PowerState.NOSTATE);
    assertThat(PowerState.fromCode(1)).isEqualTo(PowerState.RUNNING);
    assertThat(PowerState.fromCode(3)).isEqualTo(PowerState.PAUSED);
    assertThat(PowerState.fromCode(4)).isEqualTo(PowerState.SHUTDOWN);
    assertThat(PowerState.fromCode(6)).isEqualTo(PowerState.CRASHED);
    assertThat(PowerState.fromCode(7)).isEqualTo(PowerState.SUSPENDED);
  }
}
