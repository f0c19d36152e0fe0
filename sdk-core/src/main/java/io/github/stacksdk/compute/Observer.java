package io.github.stacksdk.compute;

import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's {@link ComputeListener}s, as one: starts the {@link Observation} of each operation.
 * With no listener, every observation is {@link Observation#NONE}, which costs nothing.
 */
final class Observer {
  private static final Logger LOG = LoggerFactory.getLogger(ComputeListener.class);

  static final Observer NONE = new Observer(List.of(), null);

  private final List<ComputeListener> listeners;
  private final @Nullable String microversion;

  /** Whether a listener has thrown yet: the first time is logged at WARN, the rest at DEBUG. */
  private final AtomicBoolean warned = new AtomicBoolean();

  Observer(List<ComputeListener> listeners, @Nullable String microversion) {
    this.listeners = List.copyOf(listeners);
    this.microversion = microversion;
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  /**
   * Starts the observation of an operation whose requests go to {@code target}.
   *
   * @param concurrency the most requests the operation has in flight
   * @param withMicroversion whether its requests carry the client's microversion
   * @param parent the operation this one is part of, or null
   */
  Observation start(
      String name,
      HttpUrl target,
      int concurrency,
      boolean withMicroversion,
      @Nullable Observation parent) {
    if (listeners.isEmpty()) {
      return Observation.NONE;
    }
    Info info =
        new Info(
            name,
            target.host(),
            target.port(),
            withMicroversion ? microversion : null,
            concurrency);
    OperationListener[] started = new OperationListener[listeners.size()];
    for (int i = 0; i < started.length; i++) {
      OperationListener parentListener =
          parent == null || parent.isNone() ? null : parent.listener(i);
      OperationListener listener = OperationListener.NONE;
      try {
        OperationListener returned = listeners.get(i).operationStarted(info, parentListener);
        if (returned != null) {
          listener = returned;
        }
      } catch (RuntimeException e) {
        threw(e, "operationStarted");
      }
      started[i] = listener;
    }
    return new Observation(this, started, parent);
  }

  /** Logs what a listener threw; the call goes on. */
  void threw(RuntimeException e, String event) {
    if (!warned.getAndSet(true)) {
      LOG.warn(
          "A compute listener threw from {}; the call goes on. Later failures are logged at debug"
              + " level",
          event,
          e);
    } else {
      LOG.debug("A compute listener threw from {}; the call goes on", event, e);
    }
  }

  private static final class Info implements OperationInfo {
    private final String name;
    private final String host;
    private final int port;
    private final @Nullable String microversion;
    private final int concurrency;

    Info(String name, String host, int port, @Nullable String microversion, int concurrency) {
      this.name = name;
      this.host = host;
      this.port = port;
      this.microversion = microversion;
      this.concurrency = concurrency;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String serverAddress() {
      return host;
    }

    @Override
    public int serverPort() {
      return port;
    }

    @Override
    public Optional<String> microversion() {
      return Optional.ofNullable(microversion);
    }

    @Override
    public int concurrency() {
      return concurrency;
    }

    @Override
    public String toString() {
      return "OperationInfo{" + name + " " + host + ":" + port + "}";
    }
  }
}
