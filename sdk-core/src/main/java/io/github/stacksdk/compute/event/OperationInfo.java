package io.github.stacksdk.compute.event;

import java.util.Optional;

/** An operation that starts: what it is, and which cloud it goes to. */
public interface OperationInfo {

  /**
   * The operation's stable name, such as {@code servers.list} (listed on {@link
   * ComputeListener}): the same for every call of a kind, and free of ids, so that metrics may tag
   * with it.
   *
   * @return the name
   */
  String name();

  /**
   * The host the operation's requests go to.
   *
   * @return the compute endpoint's host, or the identity service's for {@code identity.token}
   */
  String serverAddress();

  /**
   * The port the operation's requests go to.
   *
   * @return the port, explicit or the scheme's default
   */
  int serverPort();

  /**
   * The microversion the client sends, when it pins one.
   *
   * @return the microversion, or empty (also for calls sent without it)
   */
  Optional<String> microversion();

  /**
   * The most requests a listing has in flight: 1 for a sequential one and for other operations.
   *
   * @return the listing's concurrency
   */
  int concurrency();
}
