package io.heatcloud.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.api.security.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserLockoutTest {

  private final Instant t0 = Instant.parse("2026-11-29T08:00:00Z");
  private final AppUser user = new AppUser("u", "U", "hash", Role.COMPANY_OPERATOR, null, t0);

  @Test
  void locksAfterTheLimitAndNotBefore() {
    for (int i = 0; i < 4; i++) {
      assertFalse(user.loginFailed(5, Duration.ofMinutes(15), t0));
    }
    assertFalse(user.isLocked(t0));
    assertTrue(user.loginFailed(5, Duration.ofMinutes(15), t0));
    assertTrue(user.isLocked(t0.plusSeconds(60)));
    assertFalse(user.isLocked(t0.plus(Duration.ofMinutes(15))), "the lockout ends");
  }

  @Test
  void attemptsDuringALockoutDoNotExtendIt() {
    for (int i = 0; i < 5; i++) {
      user.loginFailed(5, Duration.ofMinutes(15), t0);
    }
    Instant until = user.getLockedUntil();
    user.loginFailed(5, Duration.ofMinutes(15), t0.plusSeconds(600));
    assertEquals(until, user.getLockedUntil());
  }

  @Test
  void countingStartsAfreshAfterAnExpiredLockoutAndASuccessClearsIt() {
    for (int i = 0; i < 5; i++) {
      user.loginFailed(5, Duration.ofMinutes(15), t0);
    }
    Instant later = t0.plus(Duration.ofMinutes(20));
    assertFalse(user.loginFailed(5, Duration.ofMinutes(15), later));
    assertEquals(1, user.getFailedAttempts());
    user.loginSucceeded("127.0.0.1", later);
    assertEquals(0, user.getFailedAttempts());
  }
}
