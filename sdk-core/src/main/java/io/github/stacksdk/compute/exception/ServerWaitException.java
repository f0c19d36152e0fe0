package io.github.stacksdk.compute.exception;

import io.github.stacksdk.compute.model.Server;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a wait for a server ended without the server reaching what was waited for: it went
 * to {@code ERROR} ({@link ServerErrorException}), it was deleted ({@link ServerDeletedException}),
 * or the time ran out ({@link WaitTimeoutException}). Each says which server, and holds the server
 * as last seen.
 */
public abstract class ServerWaitException extends ComputeException {
  private static final long serialVersionUID = 1L;

  private final String serverId;
  private final transient @Nullable Server server;

  /**
   * Creates an exception about one server.
   *
   * @param message what happened
   * @param serverId the server's id
   * @param server the server as last seen, or null if it was never seen
   */
  protected ServerWaitException(String message, String serverId, @Nullable Server server) {
    super(message);
    this.serverId = serverId;
    this.server = server;
  }

  /**
   * Returns the id of the server the wait ended on.
   *
   * @return the server's id
   */
  public String serverId() {
    return serverId;
  }

  /**
   * Returns the server as the last poll saw it.
   *
   * @return the server, empty if no poll saw it (or after the exception was deserialized)
   */
  public Optional<Server> server() {
    return Optional.ofNullable(server);
  }
}
