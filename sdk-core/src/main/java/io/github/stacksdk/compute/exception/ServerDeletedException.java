package io.github.stacksdk.compute.exception;

import io.github.stacksdk.compute.model.Server;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a server was deleted while a wait expected it to reach a status: Nova answered
 * {@code 404} for it, or listed it as {@code DELETED} or {@code SOFT_DELETED}.
 */
public class ServerDeletedException extends ServerWaitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a deleted server.
   *
   * @param message what happened
   * @param serverId the server's id
   * @param server the server as last seen, or null if it was never seen
   */
  public ServerDeletedException(String message, String serverId, @Nullable Server server) {
    super(message, serverId, server);
  }
}
