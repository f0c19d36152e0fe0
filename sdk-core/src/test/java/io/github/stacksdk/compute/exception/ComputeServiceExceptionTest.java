package io.github.stacksdk.compute.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ComputeServiceExceptionTest {
  private static final String REQUEST_ID = "req-4b1e2f3a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, InvalidRequestException",
    "401, AuthenticationException",
    "403, PermissionDeniedException",
    "404, ResourceNotFoundException",
    "409, ResourceConflictException",
    "413, RateLimitedException",
    "429, RateLimitedException",
    "500, ServiceErrorException",
    "501, ServiceErrorException",
    "503, ServiceErrorException",
    "599, ServiceErrorException",
    "405, ComputeServiceException",
    "406, MicroversionNotSupportedException",
    "410, ComputeServiceException",
    "415, ComputeServiceException",
    "418, ComputeServiceException",
    "499, ComputeServiceException",
    "600, ComputeServiceException",
    "200, ComputeServiceException",
    "0, ComputeServiceException"
  })
  void from_status_subclassOfThatStatus(int status, String type) throws ClassNotFoundException {
    ServiceError error = ServiceError.builder().statusCode(status).message("Failed.").build();

    ComputeServiceException e = ComputeServiceException.from(error);

    assertThat(e).isExactlyInstanceOf(Class.forName(getClass().getPackageName() + "." + type));
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.error()).isSameAs(error);
  }

  @Test
  void from_400MarkerNotFound_markerNotFoundExceptionWithMarker() {
    ServiceError error =
        ServiceError.builder()
            .statusCode(400)
            .faultName("badRequest")
            .message("marker [8a1c6f0e-3b2d-4e5f-9a7b-6c5d4e3f2a1b] not found")
            .build();

    ComputeServiceException e = ComputeServiceException.from(error);

    assertThat(e).isExactlyInstanceOf(MarkerNotFoundException.class);
    assertThat(((MarkerNotFoundException) e).marker())
        .isEqualTo("8a1c6f0e-3b2d-4e5f-9a7b-6c5d4e3f2a1b");
  }

  @Test
  void from_400MarkerCouldNotBeFound_theKeypairsAndActionsText() {
    ServiceError error =
        ServiceError.builder()
            .statusCode(400)
            .faultName("badRequest")
            .message("Marker req-3f1d could not be found.")
            .build();

    ComputeServiceException e = ComputeServiceException.from(error);

    assertThat(e).isExactlyInstanceOf(MarkerNotFoundException.class);
    assertThat(((MarkerNotFoundException) e).marker()).isEqualTo("req-3f1d");
  }

  @Test
  void from_400OtherMessageOr404Marker_notMarkerNotFound() {
    ServiceError translated =
        ServiceError.builder().statusCode(400).message("marqueur [x] introuvable").build();
    ServiceError notFound =
        ServiceError.builder().statusCode(404).message("marker [x] not found").build();

    assertThat(ComputeServiceException.from(translated))
        .isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(ComputeServiceException.from(notFound))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void markerNotFound_messageWithoutMarker_emptyMarker() {
    MarkerNotFoundException e =
        new MarkerNotFoundException(
            ServiceError.builder().statusCode(400).message("Bad marker").build());

    assertThat(e.marker()).isEmpty();
  }

  @Test
  void getMessage_allParts_faultMessageThenStatusFaultAndRequest() {
    ServiceError error =
        ServiceError.builder()
            .statusCode(404)
            .faultName("itemNotFound")
            .message("Instance 6a1f could not be found.")
            .requestId(REQUEST_ID)
            .microversion("2.79")
            .details("not shown")
            .build();

    ComputeServiceException e = ComputeServiceException.from(error);

    assertThat(e.getMessage())
        .isEqualTo(
            "Instance 6a1f could not be found. (status 404, fault itemNotFound, request "
                + REQUEST_ID
                + ")");
    assertThat(e.faultMessage()).isEqualTo("Instance 6a1f could not be found.");
    assertThat(e.faultName()).contains("itemNotFound");
    assertThat(e.requestId()).contains(REQUEST_ID);
    assertThat(e.microversion()).contains("2.79");
  }

  @Test
  void getMessage_absentParts_omitted() {
    ServiceError onlyStatus =
        ServiceError.builder().statusCode(502).message("HTTP 502 Bad Gateway").build();
    ServiceError noFault = onlyStatus.toBuilder().requestId(REQUEST_ID).build();
    ServiceError emptyMessage =
        ServiceError.builder().statusCode(410).faultName("computeFault").message("").build();

    assertThat(new ServiceErrorException(onlyStatus).getMessage())
        .isEqualTo("HTTP 502 Bad Gateway (status 502)");
    assertThat(new ServiceErrorException(noFault).getMessage())
        .isEqualTo("HTTP 502 Bad Gateway (status 502, request " + REQUEST_ID + ")");
    assertThat(new ComputeServiceException(emptyMessage).getMessage())
        .isEqualTo("(status 410, fault computeFault)");
  }

  @Test
  void rateLimited_retryAfter_fromError() {
    ServiceError error =
        ServiceError.builder()
            .statusCode(429)
            .message("slow down")
            .retryAfter(Duration.ofSeconds(60))
            .build();

    assertThat(new RateLimitedException(error).retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(
            new RateLimitedException(
                    error.toBuilder().retryAfter(java.util.Optional.empty()).build())
                .retryAfter())
        .isEmpty();
  }

  @Test
  void constructor_nullError_nullPointerException() {
    assertThatThrownBy(() -> new ResourceNotFoundException(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("error == null");
    assertThatThrownBy(() -> ComputeServiceException.from(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("error == null");
  }

  @Test
  void hierarchy_everyExceptionIsAComputeException() {
    ServiceError error = ServiceError.builder().statusCode(400).message("m").build();

    assertThat(new MarkerNotFoundException(error))
        .isInstanceOf(InvalidRequestException.class)
        .isInstanceOf(ComputeServiceException.class)
        .isInstanceOf(ComputeException.class)
        .isInstanceOf(RuntimeException.class);
    assertThat(new ComputeClientException("timeout")).isInstanceOf(ComputeException.class);
  }

  @Test
  void clientException_messageAndCause_kept() {
    IOException cause = new IOException("connection reset");

    ComputeClientException e = new ComputeClientException("GET /servers/detail failed", cause);

    assertThat(e).hasMessage("GET /servers/detail failed").hasCause(cause);
    assertThat(new ComputeClientException("no body")).hasMessage("no body").hasNoCause();
  }

  @Test
  void serialization_roundTrip_keepsTheError() throws IOException, ClassNotFoundException {
    ServiceError error =
        ServiceError.builder()
            .statusCode(429)
            .faultName("overLimit")
            .message("This request was rate-limited.")
            .requestId(REQUEST_ID)
            .retryAfter(Duration.ofSeconds(60))
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new RateLimitedException(error));
    }

    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read).isExactlyInstanceOf(RateLimitedException.class);
    RateLimitedException copy = (RateLimitedException) read;
    assertThat(copy.error()).isEqualTo(error);
    assertThat(copy.retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(copy.getMessage()).isEqualTo(new RateLimitedException(error).getMessage());
  }

  @Test
  void microversionNotSupported_readsTheRangeFromNovasMessage() {
    ComputeServiceException e =
        ComputeServiceException.from(
            ServiceError.builder()
                .statusCode(406)
                .faultName("computeFault")
                .message(
                    "Version 2.999 is not supported by the API. Minimum is 2.1 and maximum is 2.93.")
                .build());

    assertThat(e)
        .isInstanceOfSatisfying(
            MicroversionNotSupportedException.class,
            m -> {
              assertThat(m.minimumMicroversion()).contains("2.1");
              assertThat(m.maximumMicroversion()).contains("2.93");
            });
    MicroversionNotSupportedException unstated =
        new MicroversionNotSupportedException(
            ServiceError.builder().statusCode(406).message("Not Acceptable").build());
    assertThat(unstated.minimumMicroversion()).isEmpty();
    assertThat(unstated.maximumMicroversion()).isEmpty();
  }
}
