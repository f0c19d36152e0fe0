package io.github.stacksdk.compute.exception;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a wait ran out of time: the message says the status and task state the server was
 * last seen in ({@link #lastStatus()}, {@link #lastTaskState()}); when several servers were waited
 * for, it is about the first of those that had not arrived, and says how many had not.
 */
public class WaitTimeoutException extends ServerWaitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a wait that ran out of time.
   *
   * @param message what happened
   * @param serverId the id of a server that had not arrived
   * @param server that server as last seen, or null if it was never seen
   */
  public WaitTimeoutException(String message, String serverId, @Nullable Server server) {
    super(message, serverId, server);
  }

  /**
   * Returns the status the server was last seen in.
   *
   * @return the status, empty if it was never seen
   */
  public Optional<ServerStatus> lastStatus() {
    return server().map(Server::status);
  }

  /**
   * Returns the task state the server was last seen in.
   *
   * @return the task state, empty if it had none or was never seen
   */
  public Optional<TaskState> lastTaskState() {
    return server().flatMap(Server::taskState);
  }
}
