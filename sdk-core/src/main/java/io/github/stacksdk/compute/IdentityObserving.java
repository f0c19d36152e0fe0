package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.ServiceError;
import io.github.stacksdk.compute.internal.http.ConnectRetry;
import io.github.stacksdk.compute.internal.http.ResponseHeaders;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Tells the client's listeners of each identity request as an {@code identity.token} operation,
 * with its attempts as {@link ConnectRetry} makes them. The operation ends when the response
 * arrives: the session reads the body after. Placed before {@link ConnectRetry}.
 */
final class IdentityObserving implements Interceptor {
  static final String NAME = "identity.token";

  private final Observer observer;

  IdentityObserving(Observer observer) {
    this.observer = observer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Observation observed = observer.start(NAME, request.url(), 1, false, null);
    if (observed.isNone()) {
      return chain.proceed(request);
    }
    Response response;
    try {
      response =
          chain.proceed(
              request.newBuilder().tag(ConnectRetry.AttemptHook.class, new Hook(observed)).build());
    } catch (IOException e) {
      observed.failed(noAnswer(e));
      throw e;
    } catch (RuntimeException e) {
      observed.failed(e);
      throw e;
    }
    if (response.isSuccessful()) {
      observed.succeeded();
    } else {
      observed.failed(refused(response));
    }
    return response;
  }

  /** A request that got no answer, as the listeners hear of it. */
  private static ComputeClientException noAnswer(IOException e) {
    return new ComputeClientException(
        "identity request failed: " + e.getClass().getSimpleName(), e);
  }

  /** An error answer, as the listeners hear of it: its status and request id (the body is the session's). */
  private static ComputeServiceException refused(Response response) {
    return ComputeServiceException.from(
        ServiceError.builder()
            .statusCode(response.code())
            .message("The identity service answered " + response.code())
            .requestId(Optional.ofNullable(ResponseHeaders.requestId(response.headers())))
            .build());
  }

  private static final class Hook implements ConnectRetry.AttemptHook {
    private final Observation observed;

    Hook(Observation observed) {
      this.observed = observed;
    }

    @Override
    public Object started(Request request) {
      return observed.attemptStarted(request);
    }

    @Override
    public void ended(
        Object attempt,
        @Nullable Response response,
        @Nullable IOException failure,
        @Nullable Duration retryWait) {
      Observation.Attempt told = (Observation.Attempt) attempt;
      if (response != null) {
        told.ended(
            response.code(),
            ResponseHeaders.requestId(response.headers()),
            response.isSuccessful() ? null : refused(response),
            retryWait);
      } else {
        IOException e = failure != null ? failure : new IOException("no response");
        told.ended(-1, null, noAnswer(e), retryWait);
      }
    }
  }
}
