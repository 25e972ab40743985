package vn.loaxanh.contests.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Numbers an entry is known by. Receipt and blind codes use letters and digits that cannot be
 * misread over the phone (no 0/O, 1/I/L); the private link's secret is 256 random bits, of which
 * only the SHA-256 is stored.
 */
final class Secrets {
  private static final char[] READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String receipt(long contestId) {
    return "CT" + contestId + "-" + readable(8);
  }

  static String blindCode() {
    return readable(6);
  }

  static String linkSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static String readable(int length) {
    char[] code = new char[length];
    for (int i = 0; i < length; i++) {
      code[i] = READABLE[RANDOM.nextInt(READABLE.length)];
    }
    return new String(code);
  }
}
