package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The listener hook of {@code docs/observability.md}: a listener that reports slow operations and
 * retries; {@code ListenerSnippetsTest} runs it against {@code FakeCompute}.
 */
final class ListenerSnippets {
  private ListenerSnippets() {}

  static ComputeClient withSlowCallReport(String endpoint, String token, PrintStream out) {
    // tag::slow-calls[]
    Duration slow = Duration.ofSeconds(2);
    ComputeListener slowCalls =
        (operation, parent) ->
            new OperationListener() {
              @Override
              public void attemptEnded(AttemptResult attempt) {
                if (attempt.retryWait().isPresent()) {
                  out.printf(
                      "%s: attempt %d failed (%s, request %s); again in %d ms%n",
                      operation.name(),
                      attempt.attempt().number(),
                      attempt.faultName().orElse("no fault"),
                      attempt.requestId().orElse("?"),
                      attempt.retryWait().get().toMillis());
                }
              }

              @Override
              public void operationEnded(OperationResult result) {
                if (result.duration().compareTo(slow) > 0) {
                  out.printf("%s took %d ms%n", operation.name(), result.duration().toMillis());
                }
              }
            };
    ComputeClient compute =
        ComputeClient.builder().endpoint(endpoint).token(token).addListener(slowCalls).build();
    // end::slow-calls[]
    return compute;
  }
}
