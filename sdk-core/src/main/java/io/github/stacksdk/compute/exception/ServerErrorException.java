package io.github.stacksdk.compute.exception;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import java.util.Optional;

/**
 * Thrown when a server that was waited for went to status {@code ERROR}: a build that found no
 * host, a failed resize or delete. Nova's reason is the server's {@link #fault()}, which the
 * message quotes; it is empty when Nova had none to give, or the caller may not see it.
 */
public class ServerErrorException extends ServerWaitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a server in {@code ERROR}.
   *
   * @param message what happened, with the fault
   * @param server the server in {@code ERROR}
   */
  public ServerErrorException(String message, Server server) {
    super(message, server.id(), server);
  }

  /**
   * Returns the server's fault: why Nova put it in {@code ERROR}.
   *
   * @return the fault, empty when the server had none
   */
  public Optional<ServerFault> fault() {
    return server().flatMap(Server::fault);
  }
}
