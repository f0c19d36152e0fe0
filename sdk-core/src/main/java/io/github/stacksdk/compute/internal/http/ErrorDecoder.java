package io.github.stacksdk.compute.internal.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.ServiceError;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the {@link ComputeServiceException} to throw.
 *
 * <p>Reads Nova's fault body {@code {"<faultName>": {"code", "message", "details"?,
 * "retryAfter"?}}}, Keystone's {@code {"error": {"code", "title", "message"}}}, WebOb's flat {@code
 * {"message", "code", "title"?}}, and anything else as text (a proxy's HTML page, plain text,
 * nothing, JSON of another shape, truncated JSON), whose message is then the status line and a
 * cleaned excerpt. A redirect ({@code 3xx}, which the SDK never follows) says where it pointed,
 * without the target's query. The request id, microversion and retry delay come from the headers
 * (and the retry delay also from the body). Every secret the caller names is masked in every text
 * the error holds.
 *
 * <p>Never throws: whatever the input, the result is an exception with the given status.
 */
public final class ErrorDecoder {
  /** How much of a body is read: enough for any fault, and bounded for a huge HTML page. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** What a secret is replaced with. */
  static final String MASK = Secrets.MASK;

  /** The longest excerpt of a text body in a message, in characters. */
  static final int MAX_EXCERPT = 200;

  private static final int MAX_REASON = 100;

  private static final ObjectReader JSON =
      ModelJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern WEBOB_BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(300, "Multiple Choices"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Content Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private ErrorDecoder() {}

  /**
   * Decodes an error response, peeking at most {@link #MAX_BODY_BYTES} of its body. The response is
   * left open and its body unconsumed; closing it is the caller's job. When the body is longer than
   * that, closing the response closes its connection rather than reading the rest.
   *
   * @param response a response with a non-2xx status
   * @param secrets texts to mask wherever they appear, such as the auth token; blank ones are
   *     ignored
   * @return the exception for the response's status; never null, never thrown
   */
  public static ComputeServiceException decode(Response response, Collection<String> secrets) {
    int status = 0;
    String reason = "";
    try {
      status = response.code();
      reason = response.message();
      MediaType contentType = null;
      byte[] body = new byte[0];
      try {
        ResponseBody responseBody = response.body();
        contentType = responseBody.contentType();
        body = response.peekBody(MAX_BODY_BYTES).bytes();
        if (body.length == MAX_BODY_BYTES && responseBody.contentLength() != MAX_BODY_BYTES) {
          dropConnectionOnClose(responseBody);
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable error body still leaves the status and the headers to report.
      }
      return decode(
          status, reason, response.headers(), contentType, body, secrets, Clock.systemUTC());
    } catch (RuntimeException | StackOverflowError e) {
      return fallback(status, reason, secrets);
    }
  }

  /**
   * Makes closing a body that is longer than what was read drop its connection at once. Otherwise
   * OkHttp reads and discards the rest for up to 100 ms to reuse the connection, which for a huge
   * error page is up to 100 ms of transfer that nobody reads: the read deadline is set to now, so
   * that discarding fails and the connection is closed instead.
   */
  private static void dropConnectionOnClose(ResponseBody body) {
    body.source().timeout().deadlineNanoTime(System.nanoTime());
  }

  /**
   * Decodes an error response from its parts.
   *
   * @param status the HTTP status code
   * @param reasonPhrase the status line's reason, such as {@code Bad Gateway}; may be empty (as in
   *     HTTP/2), in which case the standard phrase of the status is used
   * @param headers the response headers
   * @param contentType the body's media type, if known
   * @param bodyPrefix the body, or its first bytes; only the first {@link #MAX_BODY_BYTES} are read
   * @param secrets texts to mask wherever they appear; blank ones are ignored
   * @param clock the clock that an HTTP-date {@code Retry-After} is relative to
   * @return the exception for {@code status}; never null, never thrown
   */
  public static ComputeServiceException decode(
      int status,
      String reasonPhrase,
      Headers headers,
      @Nullable MediaType contentType,
      byte[] bodyPrefix,
      Collection<String> secrets,
      Clock clock) {
    try {
      return ComputeServiceException.from(
          read(status, reasonPhrase, headers, contentType, bodyPrefix, Secrets.of(secrets), clock));
    } catch (RuntimeException | StackOverflowError e) {
      return fallback(status, reasonPhrase, secrets);
    }
  }

  private static ServiceError read(
      int status,
      @Nullable String reasonPhrase,
      @Nullable Headers headers,
      @Nullable MediaType contentType,
      byte @Nullable [] bodyPrefix,
      Secrets masks,
      @Nullable Clock clock) {
    Headers h = headers != null ? headers : Headers.of();
    Clock now = clock != null ? clock : Clock.systemUTC();
    String statusLine = statusLine(status, reasonPhrase);
    String text = utf8(bodyPrefix);
    if (bodyPrefix != null && bodyPrefix.length >= MAX_BODY_BYTES) {
      // Cut at the bound: its last characters may be the start of a secret that goes on past it.
      text = masks.maskWithCutEnd(text);
    }

    ServiceError.Builder error = ServiceError.builder().statusCode(status);
    // Each optional part is read on its own, so that a freak value loses only that part.
    optional(() -> Optional.ofNullable(ResponseHeaders.requestId(h)).map(id -> redact(id, masks)))
        .ifPresent(error::requestId);
    optional(() -> Optional.ofNullable(ResponseHeaders.microversion(h)))
        .ifPresent(error::microversion);
    Optional<Duration> retryAfter = optional(() -> RetryAfter.fromHeader(h, now));

    Fault fault = status >= 300 && status < 400 ? null : fault(parseObject(text));
    if (status >= 300 && status < 400) {
      error.message(redact(redirect(statusLine, h.get("Location")), masks));
    } else if (fault != null) {
      String message = redact(fault.message, masks);
      error.message(message.isBlank() ? redact(statusLine, masks) : message);
      if (fault.name != null && !fault.name.isBlank()) {
        error.faultName(redact(fault.name, masks));
      }
      if (fault.details != null && !fault.details.isBlank()) {
        error.details(redact(fault.details, masks));
      }
      if (retryAfter.isEmpty()) {
        retryAfter = optional(() -> RetryAfter.fromBody(fault.holder, now));
      }
    } else {
      String excerpt = excerpt(text, contentType, masks);
      error.message(redact(excerpt.isEmpty() ? statusLine : statusLine + ": " + excerpt, masks));
    }
    retryAfter.ifPresent(error::retryAfter);
    return error.build();
  }

  /**
   * The message of a redirect: the status and where it pointed (scheme, host, port and path; no
   * user, query or fragment, which may hold anything), when that can be shown on one line.
   */
  private static String redirect(String statusLine, @Nullable String location) {
    String target = location == null ? "" : location.strip();
    HttpUrl url = HttpUrl.parse(target);
    if (url != null) {
      target = SameOriginGuard.origin(url) + url.encodedPath();
    } else {
      int cut = indexOfAny(target, '?', '#');
      target = cut >= 0 ? target.substring(0, cut) : target;
      target = target.substring(target.lastIndexOf('@') + 1); // a user and password, if any
    }
    boolean printable = target.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    return statusLine
        + (target.isEmpty() || !printable ? "" : " to " + BodyText.truncate(target, MAX_EXCERPT))
        + ": the SDK does not follow redirects (Nova and Keystone never redirect their API calls)";
  }

  private static int indexOfAny(String text, char a, char b) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }

  /** What a recognised JSON error body says; {@code holder} is the object with the message. */
  private static final class Fault {
    final @Nullable String name;
    final String message;
    final @Nullable String details;
    final JsonNode holder;

    Fault(@Nullable String name, String message, @Nullable String details, JsonNode holder) {
      this.name = name;
      this.message = message;
      this.details = details;
      this.holder = holder;
    }
  }

  private static @Nullable Fault fault(@Nullable JsonNode root) {
    if (root == null) {
      return null;
    }
    JsonNode flatMessage = root.get("message");
    if (isScalar(flatMessage)) {
      // WebOb's own rendering: {"message": "...<br /><br />\n\n\n", "code": "404 Not Found", ...}
      String message = BodyText.collapse(WEBOB_BREAK.matcher(flatMessage.asText()).replaceAll(" "));
      return new Fault(scalarText(root.get("title")), message, details(root), root);
    }
    if (root.size() != 1) {
      return null;
    }
    Map.Entry<String, JsonNode> only = root.properties().iterator().next();
    JsonNode body = only.getValue();
    if (!body.isObject() || !isScalar(body.get("message"))) {
      return null;
    }
    String name = only.getKey();
    if (name.equals("error")) {
      // Keystone (and keystonemiddleware in front of Nova): the title names the fault.
      String title = scalarText(body.get("title"));
      if (title != null && !title.isBlank()) {
        name = title;
      }
    }
    return new Fault(name, body.get("message").asText(), details(body), body);
  }

  private static @Nullable JsonNode parseObject(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(trimmed);
      return root != null && root.isObject() ? root : null;
    } catch (IOException | RuntimeException e) {
      return null; // malformed or truncated: read as text
    }
  }

  private static @Nullable String details(JsonNode holder) {
    JsonNode details = holder.get("details");
    if (details == null || details.isNull() || details.isMissingNode()) {
      return null;
    }
    return details.isValueNode() ? details.asText() : details.toString();
  }

  private static boolean isScalar(@Nullable JsonNode node) {
    return node != null && (node.isTextual() || node.isNumber() || node.isBoolean());
  }

  @SuppressWarnings("NullAway") // isScalar(node) is false for a null node
  private static @Nullable String scalarText(@Nullable JsonNode node) {
    return isScalar(node) ? node.asText() : null;
  }

  private static String excerpt(String text, @Nullable MediaType contentType, Secrets masks) {
    if (BodyText.looksBinary(text)) {
      return "(a body that is not text)";
    }
    // Mask first in the raw text and again in the cleaned one (entities, collapsed whitespace),
    // and both times before truncating, so that no cut leaves part of a secret.
    String raw = redact(text, masks);
    String clean =
        looksLikeHtml(raw, contentType) ? BodyText.fromHtml(raw) : BodyText.fromPlain(raw);
    return BodyText.truncate(redact(clean, masks), MAX_EXCERPT);
  }

  private static boolean looksLikeHtml(String text, @Nullable MediaType contentType) {
    if (contentType != null) {
      String subtype = contentType.subtype().toLowerCase(Locale.ROOT);
      if (subtype.contains("html") || subtype.contains("xml")) {
        return true;
      }
      if (contentType.type().equalsIgnoreCase("text") && subtype.equals("plain")) {
        return false;
      }
    }
    return text.stripLeading().startsWith("<");
  }

  private static String statusLine(int status, @Nullable String reasonPhrase) {
    String reason =
        reasonPhrase == null ? "" : BodyText.truncate(BodyText.collapse(reasonPhrase), MAX_REASON);
    if (reason.isEmpty()) {
      reason = REASONS.getOrDefault(status, "");
    }
    return reason.isEmpty() ? "HTTP " + status : "HTTP " + status + ' ' + reason;
  }

  private static String utf8(byte @Nullable [] bytes) {
    if (bytes == null) {
      return "";
    }
    // Decoding replaces malformed sequences with U+FFFD.
    String text =
        new String(bytes, 0, Math.min(bytes.length, MAX_BODY_BYTES), StandardCharsets.UTF_8);
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  private static <T> Optional<T> optional(Supplier<Optional<T>> part) {
    try {
      return part.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String redact(String text, Secrets masks) {
    return masks.mask(text);
  }

  /** The last resort: the status line, masked. Built from parts that cannot fail. */
  private static ComputeServiceException fallback(
      int status, @Nullable String reasonPhrase, @Nullable Collection<String> secrets) {
    String message;
    try {
      message = redact(statusLine(status, reasonPhrase), Secrets.of(secrets));
    } catch (RuntimeException | StackOverflowError e) {
      message = "HTTP " + status;
    }
    return ComputeServiceException.from(
        ServiceError.builder().statusCode(status).message(message).build());
  }
}
