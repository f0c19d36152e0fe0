package io.github.stacksdk.compute.exception;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown for Nova's 400 {@code marker [X] not found} (servers, flavors) or {@code Marker X could
 * not be found.} (key pairs, instance actions, hypervisors): the marker of a paged listing names
 * nothing Nova knows. Nova resolves the marker of a deleted server too, until an operator archives the
 * deleted rows ({@code nova-manage db archive_deleted_rows}); a marker that never named a server,
 * or one archived since, gets this. Start the listing again, or resume from an earlier marker.
 *
 * <p>Nova translates its messages per {@code Accept-Language}; a translated message is not
 * recognised and yields a plain {@link InvalidRequestException}.
 */
public class MarkerNotFoundException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  private static final Pattern MARKER_NOT_FOUND = Pattern.compile("marker \\[(.*)\\] not found");

  /** Nova's {@code MarkerNotFound} exception's text. */
  private static final Pattern MARKER_COULD_NOT_BE_FOUND =
      Pattern.compile("^Marker (.*) could not be found\\.$");

  /**
   * Creates an exception for a 400 response whose message is one of Nova's marker-not-found texts.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public MarkerNotFoundException(ServiceError error) {
    super(error);
  }

  /**
   * Returns the marker that Nova did not find, as quoted in the message.
   *
   * @return the marker, or an empty string if the message does not quote one
   */
  public String marker() {
    return markerIn(faultMessage()).orElse("");
  }

  /** The marker quoted by a {@code marker [X] not found} message. */
  static Optional<String> markerIn(String message) {
    Matcher matcher = MARKER_NOT_FOUND.matcher(message);
    if (matcher.find()) {
      return Optional.of(matcher.group(1));
    }
    matcher = MARKER_COULD_NOT_BE_FOUND.matcher(message);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
