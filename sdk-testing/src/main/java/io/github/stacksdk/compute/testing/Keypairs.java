package io.github.stacksdk.compute.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cloud's keypairs, per user as Nova's API database keeps them ({@code key_pairs}: a name is
 * unique per user, not per project). Thread-safe.
 */
final class Keypairs {
  /** One keypair row. */
  static final class Keypair {
    final int id;
    final String userId;
    final String name;
    final String publicKey;
    final String fingerprint;
    final String type;
    final Instant createdAt;

    Keypair(
        int id,
        String userId,
        String name,
        String publicKey,
        String fingerprint,
        String type,
        Instant createdAt) {
      this.id = id;
      this.userId = userId;
      this.name = name;
      this.publicKey = publicKey;
      this.fingerprint = fingerprint;
      this.type = type;
      this.createdAt = createdAt;
    }
  }

  private final Map<String, Map<String, Keypair>> byUser = new HashMap<>();
  private int nextId = 1;

  /**
   * Adds a keypair, or replaces the user's one of that name (keeping its id).
   *
   * @throws IllegalArgumentException for a type other than {@code ssh} and {@code x509}, or a key
   *     Nova could not take a fingerprint of
   */
  synchronized Keypair put(
      String userId, String name, String publicKey, String type, Instant createdAt) {
    String fingerprint = fingerprint(publicKey, type);
    Map<String, Keypair> mine = byUser.computeIfAbsent(userId, u -> new TreeMap<>());
    Keypair old = mine.get(name);
    Keypair keypair =
        new Keypair(
            old != null ? old.id : nextId++, userId, name, publicKey, fingerprint, type, createdAt);
    mine.put(name, keypair);
    return keypair;
  }

  /** A user's keypairs, by name (the order of Nova's listing). */
  synchronized List<Keypair> of(String userId) {
    return new ArrayList<>(byUser.getOrDefault(userId, Map.of()).values());
  }

  synchronized Optional<Keypair> get(String userId, String name) {
    return Optional.ofNullable(byUser.getOrDefault(userId, Map.of()).get(name));
  }

  /** Deletes a user's keypair; whether there was one. */
  synchronized boolean remove(String userId, String name) {
    Map<String, Keypair> mine = byUser.get(userId);
    return mine != null && mine.remove(name) != null;
  }

  synchronized void clear() {
    byUser.clear();
  }

  /**
   * {@code nova/crypto.py}: the MD5 of an SSH key's blob, or the SHA-1 of an X.509 certificate's
   * DER bytes, as colon-separated hexadecimal pairs.
   */
  static String fingerprint(String publicKey, String type) {
    if (!type.equals("ssh") && !type.equals("x509")) {
      throw new IllegalArgumentException(
          "type must be 'ssh' or 'x509' (Nova's keypair types), was '" + type + "'");
    }
    try {
      if (type.equals("ssh")) {
        String[] parts = publicKey.strip().split(" ", -1);
        if (parts.length < 2 || !parts[0].matches("(ssh|ecdsa-sha2)-[a-z0-9-]+")) {
          throw invalid();
        }
        return colons(digest("MD5", Base64.getDecoder().decode(parts[1])));
      }
      String pem =
          publicKey
              .replace("-----BEGIN CERTIFICATE-----", "")
              .replace("-----END CERTIFICATE-----", "")
              .replaceAll("\\s", "");
      if (pem.isEmpty() || !publicKey.contains("-----BEGIN CERTIFICATE-----")) {
        throw invalid();
      }
      return colons(digest("SHA-1", Base64.getDecoder().decode(pem)));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("Keypair data is invalid: failed to generate fingerprint");
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from the JDK", e);
    }
  }

  private static String colons(byte[] digest) {
    List<String> pairs = new ArrayList<>();
    for (byte b : digest) {
      pairs.add(String.format(Locale.ROOT, "%02x", b & 0xff));
    }
    return String.join(":", pairs);
  }
}
