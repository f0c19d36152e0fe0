package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Trusting a cloud's own certificate authority ({@code OS_CACERT}, clouds.yaml's {@code cacert}). */
public final class Tls {
  private Tls() {}

  /**
   * Makes {@code http} trust exactly the certificates of a PEM file, as python-openstackclient
   * does with {@code OS_CACERT}.
   *
   * @throws IllegalStateException when the file cannot be read or holds no certificate
   */
  public static void trustOnly(OkHttpClient.Builder http, Path pemFile) {
    try (InputStream in = Files.newInputStream(pemFile)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalStateException("No certificate in " + pemFile);
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      X509TrustManager trust = null;
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager) {
          trust = (X509TrustManager) manager;
        }
      }
      if (trust == null) {
        throw new IllegalStateException("No X.509 trust manager for " + pemFile);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      http.sslSocketFactory(context.getSocketFactory(), trust);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CA certificate file " + pemFile, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot use the CA certificates of " + pemFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes {@code http} accept any certificate for any host: clouds.yaml's {@code verify: false},
   * for test clouds only. The connection is still encrypted, but no longer authenticated.
   */
  public static void trustAnything(OkHttpClient.Builder http) {
    X509TrustManager anything =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {anything}, null);
      http.sslSocketFactory(context.getSocketFactory(), anything)
          .hostnameVerifier((host, session) -> true);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot turn TLS verification off: " + e.getMessage(), e);
    }
  }
}
