package io.github.stacksdk.compute.internal.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.internal.http.BodyLimit;
import io.github.stacksdk.compute.internal.http.ErrorDecoder;
import io.github.stacksdk.compute.internal.http.Secrets;
import io.github.stacksdk.compute.internal.http.TokenValues;
import io.github.stacksdk.compute.model.internal.ModelJson;
import io.github.stacksdk.compute.model.internal.Timestamps;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A token from an identity service, with the service catalog it came with: renewed before it
 * expires and after Nova refuses it, one authentication at a time. While a token that is due for
 * renewal is renewed, other threads go on using it; they wait for the renewal only when there is
 * no token they can use. Subclasses say how to ask for a token and read the answer.
 *
 * <p>When a token is due is measured on the identity service's clock (its lifetime is {@code
 * expires_at} minus {@code issued_at}, or minus the answer's {@code Date}) and counted from the
 * answer's arrival on the session's clock, so that a client clock that is minutes off does not
 * matter.
 */
public abstract class RenewingSession implements TokenProvider {
  /**
   * Renew this long before the token expires, as keystoneauth does; half the lifetime of a token
   * that lives less than twice as long, so that a short-lived token is not renewed on every call.
   */
  static final Duration RENEW_BEFORE = Duration.ofSeconds(120);

  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * The most bytes of an identity answer that are read, counted after decompression: real
   * catalogs are tens to hundreds of KB, and a broken or hostile answer (a gzip'd catalog of
   * millions of entries is some 100 KB on the wire) must not exhaust the heap.
   */
  static final long MAX_ANSWER_BYTES = 8L * 1024 * 1024;

  /** The most characters of a bad value from an answer that a message quotes. */
  private static final int MAX_EXCERPT = 40;

  private final OkHttpClient http;
  private final String userAgent;
  private final Clock clock;

  /** Held while authenticating, so that there is one authentication at a time. */
  private final ReentrantLock lock = new ReentrantLock();

  private volatile @Nullable Token current;

  /**
   * @param http the client for the token requests; the session uses it with a connection pool of
   *     its own that keeps no idle connection (see {@link #authenticate()})
   */
  RenewingSession(OkHttpClient http, String userAgent, Clock clock) {
    this.http =
        http.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    this.userAgent = userAgent;
    this.clock = clock;
  }

  /**
   * The current token, authenticating first when there is none or it is due for renewal (unless
   * another thread is renewing it already and it is still valid).
   */
  @Override
  public String token() {
    return fresh().value;
  }

  /** Forgets {@code stale}, which Nova refused, unless another thread already replaced it: retry. */
  @Override
  public boolean refresh(String stale) {
    invalidate(stale);
    return true;
  }

  /** Forgets {@code stale}, which Nova refused, unless another thread already replaced it. */
  public void invalidate(String stale) {
    lock.lock();
    try {
      Token token = current;
      if (token != null && token.value.equals(stale)) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * The compute endpoint of the token's catalog.
   *
   * @throws IllegalStateException when none or several match, listing what the catalog offers
   */
  public final String computeEndpoint() {
    return computeEndpoint(fresh());
  }

  abstract String computeEndpoint(Token token);

  /** The identity service's name in messages, such as {@code Keystone}. */
  abstract String serviceName();

  /** Where to POST the request, and its JSON body. */
  abstract HttpUrl tokensUrl();

  abstract String requestBody();

  /** The secrets of the request, kept out of every message. */
  abstract List<String> secrets();

  /**
   * The token of a successful answer.
   *
   * @throws ComputeClientException when the answer has no token, or one that cannot be sent
   */
  abstract Token read(Response response, JsonNode body);

  /** The start of a message about the identity service's answer: who answered which request. */
  final String answered() {
    return serviceName() + " answered POST " + tokensUrl().encodedPath();
  }

  /**
   * The token {@code value} (of the answer's {@code where}) without the whitespace around it.
   *
   * @throws ComputeClientException when it has a character that a header cannot carry; the message
   *     says which and where, never the token
   */
  final String checkedToken(String value, String where) {
    String token = TokenValues.strip(value);
    String problem = TokenValues.problem(token);
    if (problem != null) {
      throw new ComputeClientException(answered() + " with an " + where + " that " + problem);
    }
    return token;
  }

  /**
   * The timestamp {@code field} of {@code node}, or null when it has none.
   *
   * @throws ComputeClientException when the value is not a timestamp, quoting at most a short,
   *     printable excerpt of it
   */
  final @Nullable Instant timestamp(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      try {
        return Timestamps.parse(value.textValue());
      } catch (RuntimeException e) {
        // DateTimeParseException quotes the whole text: it is not kept as the cause.
      }
    }
    String what =
        value.isTextual()
            ? excerpt(value.textValue())
            : "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
    throw new ComputeClientException(
        answered() + " with an " + field + " that is not a timestamp: " + what);
  }

  /**
   * {@code text} in quotes, with the request's secrets masked, cut to {@value #MAX_EXCERPT}
   * characters, and every character outside printable ASCII shown as {@code ?}.
   */
  private String excerpt(String text) {
    String masked = Secrets.of(secrets()).mask(text);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(masked.length(), MAX_EXCERPT); i++) {
      char c = masked.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.append(masked.length() > MAX_EXCERPT ? "...\"" : "\"").toString();
  }

  /**
   * {@code {authUrl}/{version}/{segments…}}, whether or not the identity URL already ends with the
   * version (users write both).
   *
   * @throws IllegalArgumentException when the URL is not http or https
   */
  static HttpUrl underVersion(String authUrl, String version, String... segments) {
    HttpUrl base = HttpUrl.parse(authUrl.trim());
    if (base == null) {
      throw new IllegalArgumentException("authUrl is not an http or https URL: " + authUrl);
    }
    HttpUrl.Builder url = base.newBuilder();
    List<String> path = new ArrayList<>(base.pathSegments());
    while (!path.isEmpty() && path.get(path.size() - 1).isEmpty()) {
      url.removePathSegment(path.size() - 1);
      path.remove(path.size() - 1);
    }
    if (path.isEmpty() || !path.get(path.size() - 1).equals(version)) {
      url.addPathSegment(version);
    }
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url.build();
  }

  private Token fresh() {
    Token token = current;
    Instant now = clock.instant();
    if (token != null && !token.isDue(now)) {
      return token;
    }
    if (token != null && token.isUsable(now)) {
      // Due but still valid: if another thread is renewing it, go on with it meanwhile.
      if (!lock.tryLock()) {
        return token;
      }
    } else {
      lock.lock();
    }
    try {
      token = current;
      if (token == null || token.isDue(clock.instant())) {
        token = authenticate();
        current = token;
      }
      return token;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Asks for a token. The request is sent at most once over a connection, as it is not idempotent
   * (each one makes a token): its body is one-shot, so OkHttp sends it again only when no
   * connection could be made, never after a 408 or over a connection that broke once it was sent.
   * And as a token is asked for once per token lifetime, no pooled connection (that the server may
   * have closed meanwhile) is kept for it.
   */
  private Token authenticate() {
    HttpUrl url = tokensUrl();
    Request request =
        new Request.Builder()
            .url(url)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .post(oneShot(RequestBody.create(requestBody(), JSON)))
            // The call logger masks these in every header it prints, should the service echo one.
            .tag(Secrets.class, Secrets.of(secrets()))
            .build();
    try (Response response = http.newCall(request).execute()) {
      Instant received = clock.instant();
      if (!response.isSuccessful()) {
        throw ErrorDecoder.decode(response, secrets());
      }
      return readAnswer(response).scheduled(received, response.headers().getInstant("Date"));
    } catch (BodyLimit.TooLarge e) {
      throw new ComputeClientException(
          answered()
              + " with more than "
              + e.limit()
              + " bytes, the most read of an identity answer",
          e);
    } catch (IOException e) {
      throw new ComputeClientException(
          "POST " + url + " failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * The token of a successful answer. Whatever a broken answer causes is a {@link
   * ComputeClientException} without a cause: the parser's and {@code java.time}'s messages quote
   * the text, which may be anything the service echoed.
   */
  private Token readAnswer(Response response) throws IOException {
    JsonNode body;
    try {
      body =
          ModelJson.mapper()
              .readTree(BodyLimit.cap(response.body().byteStream(), MAX_ANSWER_BYTES));
    } catch (JsonProcessingException e) {
      throw new ComputeClientException(answered() + " with a body that is not JSON" + where(e));
    }
    try {
      return read(response, body);
    } catch (ComputeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ComputeClientException(
          answered()
              + " with an answer that cannot be read ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  /** {@code body}, which OkHttp must not send again once it started sending it. */
  private static RequestBody oneShot(RequestBody body) {
    return new RequestBody() {
      @Override
      public @Nullable MediaType contentType() {
        return body.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return body.contentLength();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        body.writeTo(sink);
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
  }

  /** " at line L, column C" of a JSON error, or nothing when Jackson did not say. */
  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() <= 0
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * A token, when it expires, and what the subclass needs of its answer to find the endpoint; once
   * {@linkplain #scheduled scheduled}, also when to renew it.
   */
  static final class Token {
    final String value;

    /** When it expires and when it was issued, as the identity service wrote them. */
    final @Nullable Instant expiresAt;

    final @Nullable Instant issuedAt;
    final @Nullable String projectId;
    final JsonNode catalog;

    /**
     * When to renew it, and until when to use it, on the session's clock; null when only Nova's
     * refusal ends it.
     */
    final @Nullable Instant renewAt;

    final @Nullable Instant usableUntil;

    Token(
        String value,
        @Nullable Instant expiresAt,
        @Nullable Instant issuedAt,
        @Nullable String projectId,
        JsonNode catalog) {
      this(value, expiresAt, issuedAt, projectId, catalog, null, null);
    }

    private Token(
        String value,
        @Nullable Instant expiresAt,
        @Nullable Instant issuedAt,
        @Nullable String projectId,
        JsonNode catalog,
        @Nullable Instant renewAt,
        @Nullable Instant usableUntil) {
      this.value = value;
      this.expiresAt = expiresAt;
      this.issuedAt = issuedAt;
      this.projectId = projectId;
      this.catalog = catalog;
      this.renewAt = renewAt;
      this.usableUntil = usableUntil;
    }

    /**
     * This token, to be renewed {@code min(RENEW_BEFORE, lifetime / 2)} before it expires. The
     * lifetime is measured on the service's clock: expiry minus issue, else minus {@code dated}
     * (the answer's {@code Date}), else minus {@code received}; and counted from {@code received},
     * on the session's clock. A token without expiry, or without any lifetime left by those
     * clocks, is used until Nova refuses it, rather than asked for again on every call.
     *
     * @param received when the answer arrived, on the session's clock
     * @param dated the answer's {@code Date}, on the service's clock
     */
    Token scheduled(Instant received, @Nullable Instant dated) {
      if (expiresAt == null) {
        return this;
      }
      Instant issued = issuedAt != null ? issuedAt : dated != null ? dated : received;
      Duration lifetime = Duration.between(issued, expiresAt);
      if (lifetime.isNegative() || lifetime.isZero()) {
        return this;
      }
      Duration half = lifetime.dividedBy(2);
      Duration margin = half.compareTo(RENEW_BEFORE) < 0 ? half : RENEW_BEFORE;
      try {
        Instant until = received.plus(lifetime);
        return new Token(
            value, expiresAt, issuedAt, projectId, catalog, until.minus(margin), until);
      } catch (DateTimeException | ArithmeticException e) {
        return this; // an expiry past the year 1,000,000,000: as good as none
      }
    }

    /** True once it should be renewed. */
    boolean isDue(Instant now) {
      return renewAt != null && !now.isBefore(renewAt);
    }

    /** True while it has not expired. */
    boolean isUsable(Instant now) {
      return usableUntil == null || now.isBefore(usableUntil);
    }

    @Override
    public String toString() {
      return "Token{expiresAt="
          + expiresAt
          + ", renewAt="
          + renewAt
          + ", projectId="
          + projectId
          + "}";
    }
  }
}
