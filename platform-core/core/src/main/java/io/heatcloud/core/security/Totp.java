package io.heatcloud.core.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits,
 * the format every authenticator app reads from an {@code otpauth://} URI.
 */
public final class Totp {

  /** Seconds per step. */
  public static final int STEP_SECONDS = 30;

  /** Steps either side of now that are accepted (clock drift of the phone). */
  public static final int DRIFT_STEPS = 1;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /**
   * A new secret of 160 bits.
   *
   * @return the secret in base32
   */
  public static String newSecret() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return base32(bytes);
  }

  /**
   * The step of an instant.
   *
   * @param at the instant
   * @return seconds since the epoch / 30
   */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /**
   * The code of a step.
   *
   * @param secret the secret in base32
   * @param step the step
   * @return six digits
   */
  public static String code(String secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
          | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The step whose code matches, within the drift window and after the last accepted step.
   *
   * @param secret the secret
   * @param code what the user typed
   * @param now the time
   * @param lastStep the last step accepted for this user (a code is accepted once)
   * @return the matching step, or -1
   */
  public static long matchingStep(String secret, String code, Instant now, long lastStep) {
    if (code == null || !code.matches("\\d{6}")) {
      return -1;
    }
    long current = step(now);
    long found = -1;
    for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
      // compare every candidate in constant time, whatever matched before
      if (MessageDigest.isEqual(code(secret, s).getBytes(), code.getBytes()) && s > lastStep && found < 0) {
        found = s;
      }
    }
    return found;
  }

  /**
   * The URI an authenticator app reads (usually from a QR code).
   *
   * @param issuer the issuer shown in the app
   * @param account the user's name shown in the app
   * @param secret the secret
   * @return the otpauth URI
   */
  public static String uri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] unbase32(String text) {
    String clean = text.replace("=", "").replace(" ", "").toUpperCase();
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
