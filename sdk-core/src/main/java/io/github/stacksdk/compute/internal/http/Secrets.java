package io.github.stacksdk.compute.internal.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The secrets of one request (its token, an identity request's password or key), masked wherever
 * the SDK prints a text that came from the server: error bodies, header values, log lines. A
 * request carries them as its tag ({@code request.tag(Secrets.class)}), so that code that sees only
 * the request (the call logger) can mask them too.
 */
public final class Secrets {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Secrets NONE = new Secrets(List.of());

  /** The non-blank secrets (and their stripped forms), longest first, so that none leaves part of a longer one. */
  private final List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  /** The given secrets; null and blank ones are ignored. */
  public static Secrets of(@Nullable Collection<String> secrets) {
    if (secrets == null || secrets.isEmpty()) {
      return NONE;
    }
    Set<String> masks = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        masks.add(secret);
        masks.add(secret.strip());
      }
    }
    List<String> sorted = new ArrayList<>(masks);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Secrets(List.copyOf(sorted));
  }

  /** The secrets of a request: those of its tag, and its {@code X-Auth-Token}. */
  public static Secrets of(Request request) {
    Secrets tagged = request.tag(Secrets.class);
    String token = request.header("X-Auth-Token");
    if (token == null) {
      return tagged != null ? tagged : NONE;
    }
    if (tagged == null) {
      return of(List.of(token));
    }
    List<String> all = new ArrayList<>(tagged.values);
    all.add(token);
    return of(all);
  }

  /** The secrets themselves, longest first. */
  public List<String> values() {
    return values;
  }

  /** {@code text} with every occurrence of every secret replaced by {@link #MASK}. */
  public String mask(String text) {
    String masked = text;
    for (String secret : values) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  /**
   * A header value as a message or a log line may quote it: with these secrets masked when short
   * and printable (so that a line stays one line), else {@link #MASK} alone.
   */
  public String maskHeaderValue(String value) {
    if (value.length() > 200) {
      return MASK;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return MASK;
      }
    }
    return mask(value);
  }

  /**
   * {@link #mask(String)}, and then also the end of {@code text} when it is the start of a secret:
   * for a text that was cut (a body read up to a bound), whose last characters may be the first
   * ones of a secret that went on past the cut.
   */
  public String maskWithCutEnd(String text) {
    String masked = mask(text);
    int longest = 0;
    for (String secret : values) {
      for (int n = Math.min(secret.length() - 1, masked.length()); n > longest; n--) {
        if (masked.regionMatches(masked.length() - n, secret, 0, n)) {
          longest = n;
          break;
        }
      }
    }
    return longest == 0 ? masked : masked.substring(0, masked.length() - longest) + MASK;
  }

  @Override
  public String toString() {
    return "Secrets{" + values.size() + " masked}";
  }
}
