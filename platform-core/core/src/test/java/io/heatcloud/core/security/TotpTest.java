package io.heatcloud.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 6238 (SHA-1, secret "12345678901234567890"), last 6 digits. */
class TotpTest {

  private static final String SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void rfc6238Vectors() {
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", SECRET);
    assertEquals("287082", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(59))));
    assertEquals("081804", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
    assertEquals("050471", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
    assertEquals("005924", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
    assertEquals("279037", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
  }

  @Test
  void aCodeIsAcceptedOnceWithinTheDriftWindow() {
    Instant now = Instant.ofEpochSecond(1234567890);
    long step = Totp.step(now);
    String previous = Totp.code(SECRET, step - 1);
    assertEquals(step - 1, Totp.matchingStep(SECRET, previous, now, 0));
    assertEquals(-1, Totp.matchingStep(SECRET, previous, now, step - 1), "the same step again is refused");
    assertEquals(-1, Totp.matchingStep(SECRET, Totp.code(SECRET, step - 2), now, 0), "too old");
    assertEquals(-1, Totp.matchingStep(SECRET, "12345", now, 0));
    assertEquals(-1, Totp.matchingStep(SECRET, null, now, 0));
  }

  @Test
  void base32RoundTrips() {
    byte[] bytes = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 42, 7, 99, 100, 3};
    assertEquals(java.util.Arrays.toString(bytes), java.util.Arrays.toString(Totp.unbase32(Totp.base32(bytes))));
  }
}
