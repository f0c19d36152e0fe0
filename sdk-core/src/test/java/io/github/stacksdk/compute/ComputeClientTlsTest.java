package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to a cloud with its own certificate authority: trusted by caCertificate, or not verified at all. */
final class ComputeClientTlsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private Path caPem;

  @BeforeEach
  void privateCloudWithItsOwnCa() throws Exception {
    HeldCertificate ca =
        new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("private cloud CA")
            .build();
    HeldCertificate host =
        new HeldCertificate.Builder()
            .signedBy(ca)
            .addSubjectAlternativeName(server.getHostName())
            .build();
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(host, ca.certificate())
            .build()
            .sslSocketFactory());
    caPem = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem(), StandardCharsets.UTF_8);
  }

  private String endpoint() {
    return server.url("/v2.1").toString();
  }

  @Test
  void untrustedCa_failsTheHandshake() {
    try (ComputeClient compute = ComputeClient.builder().endpoint(endpoint()).token("t").build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("GET /v2.1/servers/s1 failed");
    }
  }

  @Test
  void caCertificate_fromTheEnvironment_trustsTheCloud() throws Exception {
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    Map<String, String> env =
        Map.of(
            "OS_AUTH_TOKEN",
            "t",
            "OS_COMPUTE_ENDPOINT_OVERRIDE",
            endpoint(),
            "OS_CACERT",
            caPem.toString());
    try (ComputeClient compute = ComputeClient.fromEnvironment(env).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2.1/servers/s1");
  }

  @Test
  void verifyFalse_inCloudsYaml_acceptsTheUnknownCa() throws Exception {
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    Path cwd = Files.createDirectories(dir.resolve("work"));
    Files.writeString(
        cwd.resolve("clouds.yaml"),
        "clouds:\n  test:\n    verify: false\n    compute_endpoint_override: "
            + endpoint()
            + "\n    auth:\n      token: t\n",
        StandardCharsets.UTF_8);
    try (ComputeClient compute =
        BuilderFromSettings.fromCloudsYaml("test", Map.of(), cwd, dir.resolve("home")).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("t");
  }
}
