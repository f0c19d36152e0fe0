package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The networks of a new server ({@code server.networks}): {@link #auto()}, {@link #none()} or a
 * list of {@link NetworkRequest}s.
 *
 * <p>From microversion 2.37 Nova requires one of them; before it, leaving the networks out
 * attaches the server to every network the project may use.
 */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Networks {
  private static final String AUTO = "auto";
  private static final String NONE = "none";

  /** Only the generated implementation extends it. */
  Networks() {}

  /** {@code auto} or {@code none}, or empty for a list. */
  @Value.Parameter
  abstract Optional<String> allocation();

  /** The interfaces, in the order the server gets them; empty for {@link #auto()} and {@link #none()}. */
  @Value.Parameter
  public abstract List<NetworkRequest> requests();

  /**
   * Returns {@code "auto"}: Nova picks the project's network, or allocates one (Neutron's
   * get-me-a-network). Needs microversion 2.37.
   *
   * @return the automatic allocation
   */
  public static Networks auto() {
    return ImmutableNetworks.of(Optional.of(AUTO), List.of());
  }

  /**
   * Returns {@code "none"}: the server gets no network interface. Needs microversion 2.37.
   *
   * @return no networks
   */
  public static Networks none() {
    return ImmutableNetworks.of(Optional.of(NONE), List.of());
  }

  /**
   * Returns the given interfaces, in this order.
   *
   * @param requests one or more interfaces
   * @return the list
   * @throws IllegalArgumentException if there is none (use {@link #none()})
   */
  public static Networks of(NetworkRequest... requests) {
    return of(Arrays.asList(requests));
  }

  /**
   * Returns the given interfaces, in this order.
   *
   * @param requests one or more interfaces
   * @return the list
   * @throws IllegalArgumentException if there is none (use {@link #none()})
   */
  public static Networks of(List<NetworkRequest> requests) {
    return ImmutableNetworks.of(Optional.empty(), requests);
  }

  /**
   * Tells whether these are {@link #auto()}.
   *
   * @return true for {@code "auto"}
   */
  public boolean isAuto() {
    return allocation().filter(AUTO::equals).isPresent();
  }

  /**
   * Tells whether these are {@link #none()}.
   *
   * @return true for {@code "none"}
   */
  public boolean isNone() {
    return allocation().filter(NONE::equals).isPresent();
  }

  /** Rejects an empty list; {@code of(..)} calls it. */
  @Value.Check
  void validate() {
    if (allocation().isEmpty() && requests().isEmpty()) {
      throw new IllegalArgumentException(
          "Networks.of(..) needs at least one network request; use Networks.none() for none");
    }
  }
}
