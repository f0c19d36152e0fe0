package io.github.stacksdk.compute;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.internal.http.BodyLimit;
import io.github.stacksdk.compute.internal.http.ReadAheadStream;
import io.github.stacksdk.compute.internal.http.ResponseHeaders;
import io.github.stacksdk.compute.internal.http.Secrets;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a successful response with its operation's reader, within the operation's
 * size limit, and turns whatever goes wrong on the way into a {@link ComputeClientException} that
 * names the call and the response.
 */
final class ResponseReader {
  private ResponseReader() {}

  /**
   * Reads a 2xx response; the caller closes it.
   *
   * @throws ComputeClientException when the body is not JSON, too large, malformed or broke off
   *     (then with the {@link IOException} as its cause, so that it is retried as a connection
   *     failure)
   */
  static <T> Transport.Result<T> read(
      Transport.Exchange<T> exchange, Response response, JsonFactory json) {
    String requestId = ResponseHeaders.requestId(response.headers());
    Transport.BodyReader<T> reader = exchange.reader;
    if (reader == null) {
      return new Transport.Result<>(
          Objects.requireNonNull(exchange.fixed),
          response.code(),
          requestId,
          ResponseHeaders.microversion(response.headers()),
          response.headers().getInstant("Date"),
          response.header("Location"),
          0);
    }
    String type = response.header("Content-Type");
    if (type != null && ResponseHeaders.isOtherThanJson(type)) {
      throw new ComputeClientException(
          "Unreadable response to "
              + exchange.description()
              + context(response, requestId)
              + ": Content-Type "
              + Secrets.of(response.request()).maskHeaderValue(type)
              + " is not JSON");
    }
    BodyLimit.Capped body =
        BodyLimit.cap(new ReadAheadStream(response.body().source()), exchange.maxBodyBytes);
    try (JsonParser parser = json.createParser(body)) {
      T value = reader.read(parser);
      return new Transport.Result<>(
          value,
          response.code(),
          requestId,
          ResponseHeaders.microversion(response.headers()),
          response.headers().getInstant("Date"),
          response.header("Location"),
          body.bytesRead());
    } catch (BodyLimit.TooLarge e) {
      // Not Nova: a body this large is a broken or hostile server, and not worth a retry.
      throw new ComputeClientException(
          "Unreadable response to "
              + exchange.description()
              + context(response, requestId)
              + ": "
              + e.getMessage()
              + " for this call",
          e);
    } catch (JsonProcessingException e) {
      throw new ComputeClientException(
          "Unreadable response to "
              + exchange.description()
              + context(response, requestId)
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      // The body broke off, or could not be decompressed: name the response it belonged to. The
      // IOException stays the cause, so the failure is retried as one of the connection.
      throw new ComputeClientException(
          exchange.description()
              + " failed while reading the body of its response"
              + context(response, requestId)
              + ": "
              + describe(e),
          e);
    } catch (RuntimeException e) {
      // A body our readers did not foresee must still end in the SDK's own exception.
      throw new ComputeClientException(
          "Unreadable response to "
              + exchange.description()
              + context(response, requestId)
              + ": "
              + e,
          e);
    }
  }

  /**
   * What a message says of a response that could not be read; made only when one could not. Header
   * values are quoted only when short and printable, with the request's token masked.
   */
  private static String context(Response response, @Nullable String requestId) {
    String encoding = contentEncoding(response);
    return " (status "
        + response.code()
        + (requestId != null
            ? ", request " + Secrets.of(response.request()).maskHeaderValue(requestId)
            : "")
        + (encoding != null ? ", Content-Encoding " + encoding : "")
        + ")";
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message != null ? " (" + message + ")" : "");
  }

  /**
   * The body's encoding as the server sent it (OkHttp removes the header once it has decompressed
   * a gzip body), when short and printable enough to quote; else null.
   */
  private static @Nullable String contentEncoding(Response response) {
    Response network = response.networkResponse();
    String encoding =
        network != null ? network.header("Content-Encoding") : response.header("Content-Encoding");
    if (encoding == null || encoding.isEmpty() || encoding.length() > 40) {
      return null;
    }
    return encoding.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? encoding : null;
  }
}
