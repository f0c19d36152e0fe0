package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import org.jspecify.annotations.Nullable;

/**
 * An error answer in Nova's fault shape, {@code {"<faultName>": {"code": …, "message": …}}},
 * thrown from anywhere below the dispatcher and turned into the response there. The names and
 * messages are Nova's own (Zed), so that a client sees what a real cloud would send.
 */
final class NovaFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String faultName;

  /** The microversion to echo when it is not the negotiated one (a 406 echoes what was asked). */
  private final @Nullable String echoedVersion;

  private NovaFault(int status, String faultName, String message, @Nullable String echoedVersion) {
    super(message, null, false, false);
    this.status = status;
    this.faultName = faultName;
    this.echoedVersion = echoedVersion;
  }

  static NovaFault badRequest(String message) {
    return new NovaFault(400, "badRequest", message, null);
  }

  /** What Nova's JSON-schema validation of a query parameter says. */
  static NovaFault invalidQuery(String parameter, String value, String reason) {
    return badRequest(
        "Invalid input for query parameters " + parameter + ". Value: " + value + ". " + reason);
  }

  /** Nova's {@code InvalidInput}. */
  static NovaFault invalidInput(String reason) {
    return badRequest("Invalid input received: " + reason);
  }

  /** A policy refusal. */
  static NovaFault forbidden(String message) {
    return new NovaFault(403, "forbidden", message, null);
  }

  static NovaFault notFound(String message) {
    return new NovaFault(404, "itemNotFound", message, null);
  }

  /** A state conflict: a locked server, or an action its states do not allow. */
  static NovaFault conflict(String message) {
    return new NovaFault(409, "conflictingRequest", message, null);
  }

  /** What an API method's {@code expected_errors} makes of an exception it does not expect. */
  static NovaFault unexpected(String pythonClass) {
    return new NovaFault(
        500,
        "computeFault",
        "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the "
            + "Nova API log if possible.\n<class '"
            + pythonClass
            + "'>",
        null);
  }

  static NovaFault instanceNotFound(String serverId) {
    return notFound("Instance " + serverId + " could not be found.");
  }

  /**
   * A path no route matches. The router answers before Nova's fault wrapper sees the request, so
   * this is WebOb's HTML page, not a JSON fault.
   */
  static NovaFault unknownResource() {
    return new NovaFault(404, "", "The resource could not be found.", null);
  }

  /** Whether this is WebOb's HTML page rather than a JSON fault. */
  boolean isHtmlPage() {
    return faultName.isEmpty();
  }

  static NovaFault badMethod(String method) {
    return new NovaFault(
        405, "badMethod", "The method " + method + " is not allowed for this resource.", null);
  }

  static NovaFault versionNotSupported(String requested, Microversion max) {
    return new NovaFault(
        406,
        "computeFault",
        "Version "
            + requested
            + " is not supported by the API. Minimum is "
            + Microversion.BASELINE
            + " and maximum is "
            + max
            + ".",
        requested);
  }

  static NovaFault gone() {
    return new NovaFault(
        410,
        "computeFault",
        "This resource is no longer available. No forwarding address is given.",
        null);
  }

  static NovaFault unexpected(Throwable cause) {
    return new NovaFault(
        500,
        "computeFault",
        "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the "
            + "Nova API log if possible.\n<class '"
            + cause.getClass().getName()
            + "'>",
        null);
  }

  int status() {
    return status;
  }

  @Nullable String echoedVersion() {
    return echoedVersion;
  }

  /** The body Nova's {@code FaultWrapper} writes. */
  ObjectNode body() {
    ObjectNode body = Responses.object();
    body.putObject(faultName).put("code", status).put("message", getMessage());
    return body;
  }
}
