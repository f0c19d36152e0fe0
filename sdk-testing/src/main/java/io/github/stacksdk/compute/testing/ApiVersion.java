package io.github.stacksdk.compute.testing;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A compute API microversion, {@code X.Y}, ordered numerically (2.10 is after 2.9). */
final class ApiVersion implements Comparable<ApiVersion> {
  /** Nova's baseline: what a request without a microversion header gets. */
  static final ApiVersion MIN = new ApiVersion(2, 1);

  /** Nova's own check: {@code nova/api/openstack/api_version_request.py}. */
  private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0)$");

  private final int major;
  private final int minor;

  private ApiVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses {@code X.Y}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  static ApiVersion parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a microversion: " + text);
    }
    try {
      return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a microversion: " + text, e);
    }
  }

  /** Whether this version is {@code 2.minor} or later. */
  boolean atLeast(int minor) {
    return compareTo(new ApiVersion(2, minor)) >= 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiVersion && compareTo((ApiVersion) o) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
