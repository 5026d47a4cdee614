package io.heatcloud.it.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A staff user's authenticator app, as the tests hold it: enrols through the API, keeps the secret,
 * and types the code of a time step not used before (RFC 6238, written here from the RFC, the way
 * any phone app computes it).
 */
public final class Authenticator {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final Map<String, Authenticator> APPS = new ConcurrentHashMap<>();

  private final String secret;
  private long lastStep;

  private Authenticator(String secret) {
    this.secret = secret;
  }

  /**
   * Confirms a token with a fresh code, enrolling and activating the user's authenticator first
   * when the tests have none for the user yet.
   *
   * @param billing the API client
   * @param token the user's token
   * @param username the user (the tests keep one app per user)
   */
  public static synchronized void confirm(Billing billing, String token, String username) {
    Authenticator app = APPS.get(username);
    if (app == null) {
      String secret = billing.as(token).post("/auth/totp").then().statusCode(201).extract().jsonPath().getString("secret");
      app = new Authenticator(secret);
      billing.as(token).body(Map.of("code", app.nextCode())).post("/auth/totp/activation").then().statusCode(204);
      APPS.put(username, app);
    }
    billing.as(token).body(Map.of("code", app.nextCode())).post("/auth/second-factor").then().statusCode(200);
  }

  /**
   * A fresh code of a user whose authenticator the tests activated.
   *
   * @param username the user
   * @return the code, or empty when the tests activated none for the user
   */
  public static synchronized java.util.Optional<String> codeFor(String username) {
    Authenticator app = APPS.get(username);
    return app == null ? java.util.Optional.empty() : java.util.Optional.of(app.nextCode());
  }

  /**
   * The code the user typed last (the server must refuse it a second time).
   *
   * @param username the user
   * @return six digits
   */
  public static synchronized String lastCode(String username) {
    Authenticator app = APPS.get(username);
    return code(app.secret, app.lastStep);
  }

  /**
   * A code that matches none of the steps the server accepts now.
   *
   * @param username the user
   * @return six digits
   */
  public static synchronized String wrongCode(String username) {
    Authenticator app = APPS.get(username);
    long now = step(Instant.now());
    java.util.Set<String> valid = new java.util.HashSet<>();
    for (long s = now - 2; s <= now + 2; s++) {
      valid.add(code(app.secret, s));
    }
    for (int i = 0; ; i++) {
      String candidate = String.format("%06d", (i * 7919) % 1_000_000);
      if (!valid.contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * The code of the earliest step the server still accepts (one step of clock drift either way)
   * that was not used yet, waiting for time to pass when all are used.
   *
   * @return six digits
   */
  public synchronized String nextCode() {
    long now = step(Instant.now());
    long step = Math.max(lastStep + 1, now - 1);
    while (step > step(Instant.now()) + 1) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    lastStep = step;
    return code(secret, step);
  }

  /**
   * The code of a step.
   *
   * @param secret base32
   * @param step the step
   * @return six digits
   */
  public static String code(String secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[19] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The 30-second step of an instant.
   *
   * @param at the instant
   * @return the step
   */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), 30);
  }

  private static byte[] unbase32(String text) {
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | BASE32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
