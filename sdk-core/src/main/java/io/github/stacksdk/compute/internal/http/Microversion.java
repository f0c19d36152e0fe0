package io.github.stacksdk.compute.internal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compute API microversion such as {@code 2.79}, compared numerically (2.9 is below 2.10). Shared
 * by the client (its pinned microversion, the filters' minimums) and the fake Nova of sdk-testing.
 */
public final class Microversion implements Comparable<Microversion> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  /** What Nova uses when a request names no microversion. */
  public static final Microversion BASELINE = new Microversion(2, 1);

  private final int major;
  private final int minor;

  private Microversion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses {@code X.Y}.
   *
   * @throws IllegalArgumentException for anything else, {@code latest} included
   */
  public static Microversion parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "microversion must look like 2.79 (a pinned version, not \"latest\"), was \""
              + text
              + "\"");
    }
    return new Microversion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The microversion {@code major.minor}, for a caller that has checked the text itself: the fake
   * Nova of sdk-testing applies Nova's own pattern, which allows numbers of any length.
   *
   * @throws IllegalArgumentException when a number is negative
   */
  public static Microversion of(int major, int minor) {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "microversion numbers must not be negative, was " + major + "." + minor);
    }
    return new Microversion(major, minor);
  }

  /** Whether this microversion is below {@code other}. */
  public boolean isLowerThan(Microversion other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Microversion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Microversion && compareTo((Microversion) o) == 0;
  }

  @Override
  public int hashCode() {
    return major * 1000 + minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
