package io.github.stacksdk.compute.exception;

import java.util.List;

/**
 * Thrown by a finder when more than one server matches exactly: two servers may share a name, and
 * an address may be used in several networks. The ids say which; pick one of them, or narrow the
 * search.
 */
public final class AmbiguousServerException extends ComputeException {
  private static final long serialVersionUID = 1L;

  private final List<String> serverIds;

  /**
   * Creates the exception.
   *
   * @param what what was looked for, such as {@code name "web-01"}
   * @param serverIds the ids of the servers that match, in listing order
   */
  public AmbiguousServerException(String what, List<String> serverIds) {
    super(serverIds.size() + " servers match " + what + ": " + String.join(", ", serverIds));
    this.serverIds = List.copyOf(serverIds);
  }

  /**
   * Returns the ids of the servers that match.
   *
   * @return two or more ids, in listing order, immutable
   */
  public List<String> serverIds() {
    return serverIds;
  }
}
