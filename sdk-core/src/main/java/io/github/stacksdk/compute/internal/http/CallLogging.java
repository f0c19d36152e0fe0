package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kotlin.Pair;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one DEBUG line per call (method, path and query, status, duration, request id,
 * microversion) and, at TRACE, the headers. Header values are printed only for an allow-list;
 * every other value, the token above all, prints as {@code ****}. A printed value that echoes one
 * of the request's {@link Secrets} (its token, an identity request's password) has it masked too.
 * Bodies are never logged.
 */
public final class CallLogging implements Interceptor {

  /** Where the lines go: SLF4J in production, a list in tests. */
  public interface Sink {
    boolean isDebugEnabled();

    void debug(String line);

    boolean isTraceEnabled();

    void trace(String line);

    /** A problem the SDK absorbed, such as a next-page link without a marker. */
    void warn(String line);
  }

  private static final Set<String> PRINTED_HEADERS =
      Set.of(
          "accept",
          "content-type",
          "content-length",
          "content-encoding",
          "user-agent",
          "retry-after",
          "openstack-api-version",
          "x-openstack-nova-api-version",
          "x-openstack-request-id",
          "x-compute-request-id");

  private final Sink sink;

  public CallLogging(Sink sink) {
    this.sink = sink;
  }

  /** The SDK's SLF4J logger as a sink. */
  public static Sink slf4j() {
    Logger log = LoggerFactory.getLogger("io.github.stacksdk.compute.http");
    return new Sink() {
      @Override
      public boolean isDebugEnabled() {
        return log.isDebugEnabled();
      }

      @Override
      public void debug(String line) {
        log.debug(line);
      }

      @Override
      public boolean isTraceEnabled() {
        return log.isTraceEnabled();
      }

      @Override
      public void trace(String line) {
        log.trace(line);
      }

      @Override
      public void warn(String line) {
        log.warn(line);
      }
    };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sink.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String call = request.method() + " " + Endpoints.pathAndQuery(request.url());
    Secrets secrets = Secrets.of(request);
    if (sink.isTraceEnabled()) {
      sink.trace(call + " request headers:" + headers(request.headers(), "> ", secrets));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      sink.debug(
          call + " -> failed after " + millis(start) + " ms: " + e.getClass().getSimpleName());
      throw e;
    }
    StringBuilder line = new StringBuilder(call).append(" -> ").append(response.code());
    line.append(" (").append(millis(start)).append(" ms");
    String requestId = ResponseHeaders.requestId(response.headers());
    if (requestId != null) {
      line.append(", request ").append(secrets.maskHeaderValue(requestId));
    }
    String microversion = ResponseHeaders.microversion(response.headers());
    if (microversion != null) {
      line.append(", microversion ").append(secrets.maskHeaderValue(microversion));
    }
    sink.debug(line.append(')').toString());
    if (sink.isTraceEnabled()) {
      sink.trace(call + " response headers:" + headers(response.headers(), "< ", secrets));
    }
    return response;
  }

  private static long millis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static String headers(Headers headers, String prefix, Secrets secrets) {
    StringBuilder out = new StringBuilder();
    for (Pair<? extends String, ? extends String> header : headers) {
      String name = header.getFirst();
      boolean printed = PRINTED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      out.append(' ').append(prefix).append(name).append(": ");
      out.append(printed ? secrets.maskHeaderValue(header.getSecond()) : Secrets.MASK).append(';');
    }
    return out.toString();
  }
}
