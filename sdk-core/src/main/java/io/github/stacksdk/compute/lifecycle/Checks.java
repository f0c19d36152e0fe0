package io.github.stacksdk.compute.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks the request values share, each with the limit Nova's request schema sets. */
final class Checks {
  /** Nova's {@code maxLength} of {@code user_data}, counted in base64 characters. */
  static final int USER_DATA_MAX_BASE64 = 65535;

  /** Nova's {@code parameter_types.name}, {@code metadata} keys and values: 255 characters. */
  static final int MAX_NAME = 255;

  /** {@code nova.objects.tag.MAX_TAG_LENGTH}. */
  static final int MAX_TAG_LENGTH = 60;

  /** {@code nova.objects.instance.MAX_TAG_COUNT}. */
  static final int MAX_TAGS = 50;

  /** {@code parameter_types.trusted_certs}: at most 50, unique. */
  static final int MAX_TRUSTED_CERTIFICATES = 50;

  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
  }

  static void name(String field, String value) {
    notBlank(field, value);
    if (value.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_NAME + " characters, was " + value.length());
    }
  }

  static void name(String field, Optional<String> value) {
    if (value.isPresent()) {
      name(field, value.get());
    }
  }

  /** The length of the base64 of the UTF-8 bytes of {@code text}, as Nova counts it. */
  static long base64Length(String text) {
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    return (bytes + 2) / 3 * 4;
  }

  static void userData(Optional<String> userData) {
    if (userData.isPresent()) {
      long length = base64Length(userData.get());
      if (length > USER_DATA_MAX_BASE64) {
        throw new IllegalArgumentException(
            "userData must be at most "
                + USER_DATA_MAX_BASE64
                + " characters once base64-encoded (about 49 KiB of UTF-8), was "
                + length);
      }
    }
  }

  static void metadata(String field, Map<String, String> metadata) {
    metadata.forEach(
        (key, value) -> {
          if (key.isEmpty() || key.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                field + " keys must be 1 to " + MAX_NAME + " characters, was " + key.length());
          }
          if (value.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                field
                    + " value of "
                    + key
                    + " must be at most "
                    + MAX_NAME
                    + " characters, was "
                    + value.length());
          }
        });
  }

  static void tag(String field, String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be 1 to " + MAX_TAG_LENGTH + " characters, was " + tag.length());
    }
    if (tag.indexOf(',') >= 0 || tag.indexOf('/') >= 0) {
      throw new IllegalArgumentException(field + " must not contain ',' or '/': " + tag);
    }
  }

  static void tag(String field, Optional<String> tag) {
    if (tag.isPresent()) {
      tag(field, tag.get());
    }
  }

  static void tags(List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw new IllegalArgumentException(
          "tags must be at most " + MAX_TAGS + ", were " + tags.size());
    }
    for (String tag : tags) {
      tag("tags", tag);
    }
  }

  static void trustedImageCertificates(List<String> ids) {
    if (ids.size() > MAX_TRUSTED_CERTIFICATES) {
      throw new IllegalArgumentException(
          "trustedImageCertificates must be at most "
              + MAX_TRUSTED_CERTIFICATES
              + ", were "
              + ids.size());
    }
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      notBlank("trustedImageCertificates", id);
      if (!seen.add(id)) {
        throw new IllegalArgumentException("trustedImageCertificates repeats " + id);
      }
    }
  }
}
