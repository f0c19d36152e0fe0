package io.github.stacksdk.compute.it;

import java.util.ArrayList;
import java.util.List;

/** The clouds the scenarios run against. */
final class Clouds {
  private Clouds() {}

  static List<Cloud> clouds() {
    List<Cloud> clouds = new ArrayList<>();
    if (RealNova.configured()) {
      clouds.add(RealNova.INSTANCE);
    }
    clouds.add(FakeNova.INSTANCE);
    return clouds;
  }
}
