package io.heatcloud.core.security;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The second factor of staff users: an authenticator app's time-based codes (TOTP, RFC 6238). A
 * user enrols (gets a secret and an {@code otpauth://} URI for the app), activates it with a first
 * code, and then confirms an API token with a code before sensitive money operations: the token may
 * do them for {@link PlatformConfig#secondFactorWindow()}. A code is accepted once; five wrong codes
 * in a row block confirmations for 15 minutes; every attempt is audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = SecondFactorService.WrongCode.class)
public class SecondFactorService {

  static final int MAX_FAILURES = 5;
  static final Duration BLOCK = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject SecretBox box;
  @Inject PlatformConfig config;
  @Inject AuditLog audit;
  @Inject ApiTokenService tokens;

  /**
   * A new secret for the user's authenticator app.
   *
   * @param secret base32, to type in
   * @param uri the otpauth URI, to show as a QR code
   */
  public record Enrolment(String secret, String uri) {}

  /**
   * Starts (or restarts, while not active) the enrolment of the caller.
   *
   * @param user the caller
   * @return the secret
   */
  public Enrolment enrol(AuthenticatedUser user) {
    List<?> existing = em.createNativeQuery("SELECT activated_at FROM platform.user_totp WHERE user_id = ?1 FOR UPDATE")
        .setParameter(1, user.id()).getResultList();
    if (!existing.isEmpty() && existing.get(0) != null) {
      throw new ConflictException("动态口令已启用；如需更换请联系管理员重置 / the authenticator is active already; an "
          + "administrator can reset it");
    }
    String secret = Totp.newSecret();
    em.createNativeQuery("INSERT INTO platform.user_totp (user_id, secret, created_at) VALUES (?1, ?2, now()) "
            + "ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = now(), last_step = 0, "
            + "failed_attempts = 0, locked_until = NULL")
        .setParameter(1, user.id()).setParameter(2, box.seal(secret, context(user.id()))).executeUpdate();
    audit.record("auth.totp.enrol", user.tenantCode(), "user:" + user.username(), AuditLog.SUCCESS, null);
    return new Enrolment(secret, Totp.uri("HeatCloud 热云", user.username(), secret));
  }

  /**
   * Activates the caller's enrolment with a first code.
   *
   * @param user the caller
   * @param code the app's code
   */
  public void activate(AuthenticatedUser user, String code) {
    Object[] row = row(user);
    if (row[1] != null) {
      throw new ConflictException("动态口令已启用 / the authenticator is active already");
    }
    accept(user, row, code, "auth.totp.activate");
    em.createNativeQuery("UPDATE platform.user_totp SET activated_at = now() WHERE user_id = ?1")
        .setParameter(1, user.id()).executeUpdate();
  }

  /**
   * Confirms the caller's token with a code: sensitive money operations are allowed with it until
   * the returned time.
   *
   * @param user the caller
   * @param token the bearer token
   * @param code the app's code
   * @return until when
   */
  public Instant confirm(AuthenticatedUser user, String token, String code) {
    Object[] row = row(user);
    if (row[1] == null) {
      throw new UnprocessableException("请先绑定并启用动态口令 / enrol and activate an authenticator first: POST "
          + "/api/auth/totp");
    }
    accept(user, row, code, "auth.totp.confirm");
    Instant until = Instant.now().plus(config.secondFactorWindow());
    em.createNativeQuery("UPDATE platform.api_token SET second_factor_until = ?1 WHERE token_hash = ?2")
        .setParameter(1, until).setParameter(2, ApiTokenService.hash(token)).executeUpdate();
    tokens.forgetToken(token);
    return until;
  }

  /**
   * Whether a user has an active authenticator.
   *
   * @param userId the user
   * @return true once activated
   */
  public boolean isActive(long userId) {
    return !em.createNativeQuery("SELECT 1 FROM platform.user_totp WHERE user_id = ?1 AND activated_at IS NOT NULL")
        .setParameter(1, userId).getResultList().isEmpty();
  }

  /**
   * Removes a user's authenticator (the user lost the phone); only administrators above the user.
   *
   * @param actor the administrator, already checked to manage the user
   * @param userId the user
   * @param username the user's name, for the audit
   */
  public void reset(AuthenticatedUser actor, long userId, String username) {
    em.createNativeQuery("DELETE FROM platform.user_totp WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    audit.record("auth.totp.reset", actor.tenantCode(), "user:" + username, AuditLog.SUCCESS, null);
  }

  private Object[] row(AuthenticatedUser user) {
    return row(user.id()).orElseThrow(() -> new UnprocessableException(
        "尚未绑定动态口令 / no authenticator enrolled: POST /api/auth/totp"));
  }

  /** A user's authenticator row, locked: secret, activated_at, last_step, failed_attempts, blocked. */
  private java.util.Optional<Object[]> row(long userId) {
    List<?> rows = em.createNativeQuery("SELECT secret, activated_at, last_step, failed_attempts, "
            + "locked_until > now() FROM platform.user_totp WHERE user_id = ?1 FOR UPDATE")
        .setParameter(1, userId).getResultList();
    return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of((Object[]) rows.get(0));
  }

  /**
   * Checks the code given at login by a user with an active authenticator (the login's own
   * transaction; a wrong code counts towards the confirmation block and is audited).
   *
   * @param userId the user
   * @param tenantCode the user's company, for the audit
   * @param username the user
   * @param code what was typed, may be null
   * @return true when the user has no active authenticator or the code is right
   */
  public boolean checkAtLogin(long userId, String tenantCode, String username, String code) {
    java.util.Optional<Object[]> row = row(userId);
    if (row.isEmpty() || row.get()[1] == null) {
      return true;
    }
    return verify(userId, tenantCode, username, row.get(), code, "auth.totp.login");
  }

  private void accept(AuthenticatedUser user, Object[] row, String code, String action) {
    if (Boolean.TRUE.equals(row[4])) {
      audit.record(action, user.tenantCode(), "user:" + user.username(), AuditLog.DENIED, "blocked after wrong codes");
      throw new ConflictException("动态口令错误次数过多，请 15 分钟后再试 / too many wrong codes; try again in 15 minutes");
    }
    if (!verify(user.id(), user.tenantCode(), user.username(), row, code, action)) {
      throw new WrongCode();
    }
  }

  private boolean verify(long userId, String tenantCode, String username, Object[] row, String code, String action) {
    if (Boolean.TRUE.equals(row[4])) {
      audit.record(action, tenantCode, "user:" + username, AuditLog.DENIED, "blocked after wrong codes");
      return false;
    }
    String secret = box.open((String) row[0], context(userId));
    long step = Totp.matchingStep(secret, code == null ? null : code.strip(), Instant.now(), ((Number) row[2]).longValue());
    if (step < 0) {
      int failures = ((Number) row[3]).intValue() + 1;
      if (failures >= MAX_FAILURES) {
        em.createNativeQuery("UPDATE platform.user_totp SET failed_attempts = 0, locked_until = now() + "
                + "make_interval(mins => ?2) WHERE user_id = ?1")
            .setParameter(1, userId).setParameter(2, (int) BLOCK.toMinutes()).executeUpdate();
      } else {
        em.createNativeQuery("UPDATE platform.user_totp SET failed_attempts = ?2 WHERE user_id = ?1")
            .setParameter(1, userId).setParameter(2, failures).executeUpdate();
      }
      audit.record(action, tenantCode, "user:" + username, AuditLog.FAILURE, "wrong, missing or reused code");
      return false;
    }
    em.createNativeQuery("UPDATE platform.user_totp SET last_step = ?2, failed_attempts = 0, locked_until = NULL "
        + "WHERE user_id = ?1").setParameter(1, userId).setParameter(2, step).executeUpdate();
    audit.record(action, tenantCode, "user:" + username, AuditLog.SUCCESS, null);
    return true;
  }

  private static String context(long userId) {
    return "user_totp:" + userId;
  }

  /** A wrong code: its failure count must commit, so this exception does not roll back. */
  public static class WrongCode extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    WrongCode() {
      super("动态口令不正确或已使用 / the code is wrong or was used already");
    }
  }
}
