package io.heatcloud.plugins.paysim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulator's signature: {@code Base64(HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" +
 * body))} in header {@code X-Paysim-Signature}, with {@code X-Paysim-Timestamp} (epoch seconds) and
 * {@code X-Paysim-Nonce}. Requests older or newer than the window are refused; nonces are checked
 * for reuse by the caller.
 */
public final class Signer {

  /** Header names (lower case, as received). */
  public static final String TIMESTAMP = "x-paysim-timestamp";

  /** The nonce header. */
  public static final String NONCE = "x-paysim-nonce";

  /** The signature header. */
  public static final String SIGNATURE = "x-paysim-signature";

  private Signer() {}

  /**
   * Signs a body now, with a fresh nonce.
   *
   * @param secret the shared secret
   * @param body the body
   * @return the three headers
   */
  public static Map<String, String> sign(String secret, String body) {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    String nonce = UUID.randomUUID().toString().replace("-", "");
    return Map.of(TIMESTAMP, timestamp, NONCE, nonce, SIGNATURE, signature(secret, timestamp, nonce, body));
  }

  /**
   * The signature of a message.
   *
   * @param secret the secret
   * @param timestamp epoch seconds
   * @param nonce the nonce
   * @param body the body
   * @return Base64 of the HMAC
   */
  public static String signature(String secret, String timestamp, String nonce, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks a message's signature and timestamp (not the nonce's novelty).
   *
   * @param secret the secret
   * @param headers the headers, names in lower case
   * @param body the body
   * @param windowSeconds how far the timestamp may be from now
   * @return null when valid, otherwise the reason
   */
  public static String problem(String secret, Map<String, String> headers, String body, long windowSeconds) {
    String timestamp = headers.get(TIMESTAMP);
    String nonce = headers.get(NONCE);
    String signature = headers.get(SIGNATURE);
    if (timestamp == null || nonce == null || signature == null || !timestamp.matches("\\d{1,12}")
        || !nonce.matches("[A-Za-z0-9]{16,64}")) {
      return "missing or malformed signature headers";
    }
    if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > windowSeconds) {
      return "timestamp outside the " + windowSeconds + " s window";
    }
    byte[] expected = signature(secret, timestamp, nonce, body).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return "bad signature";
    }
    return null;
  }
}
