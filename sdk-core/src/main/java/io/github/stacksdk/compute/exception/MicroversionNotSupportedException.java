package io.github.stacksdk.compute.exception;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown for status 406 (Not Acceptable): the server does not support the microversion the client
 * pinned. Nova states its range in the message ({@code Version 2.999 is not supported by the API.
 * Minimum is 2.1 and maximum is 2.93.}); {@link #minimumMicroversion()} and {@link
 * #maximumMicroversion()} read it from there.
 */
public class MicroversionNotSupportedException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;
  private static final Pattern RANGE =
      Pattern.compile(
          "Minimum is (\\d+\\.\\d+) and maximum is (\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);

  /**
   * Creates an exception for an error response with status 406.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public MicroversionNotSupportedException(ServiceError error) {
    super(error);
  }

  /**
   * Returns the lowest microversion the server supports, as its message states it.
   *
   * @return the minimum, such as {@code 2.1}, or empty when the message does not state it
   */
  public Optional<String> minimumMicroversion() {
    return range(1);
  }

  /**
   * Returns the highest microversion the server supports, as its message states it.
   *
   * @return the maximum, such as {@code 2.93}, or empty when the message does not state it
   */
  public Optional<String> maximumMicroversion() {
    return range(2);
  }

  private Optional<String> range(int group) {
    Matcher matcher = RANGE.matcher(error().message());
    return matcher.find() ? Optional.of(matcher.group(group)) : Optional.empty();
  }
}
