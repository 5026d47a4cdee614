package io.heatcloud.core.security;

import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import io.heatcloud.core.tenancy.domain.OrgNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks staff credentials, with a lockout after repeated failures.
 *
 * <p>Every outcome takes the same path and the same time: an unknown user name, a wrong password,
 * a locked, disabled or closed account all verify a password hash and get the same answer, so
 * neither the message nor the timing tells whether a user exists. The counter and the lockout live
 * in the user's row, updated under a row lock, so they hold across cluster nodes and concurrent
 * attempts; attempts during a lockout do not extend it. Every attempt is audited.
 */
@ApplicationScoped
public class LoginService {

  /** The one message every failed login gets. */
  public static final String FAILED =
      "用户名或密码错误，或账户已被临时锁定 / Wrong user name or password, or the account is temporarily locked";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject PasswordHasher hasher;
  @Inject PlatformConfig config;
  @Inject AuditLog audit;
  @Inject SecondFactorService secondFactor;

  /**
   * Attempts a login.
   *
   * @param username the user name given
   * @param password the password given
   * @param clientIp where from
   * @return the user when the login succeeded
   */
  @Transactional
  public Optional<AuthenticatedUser> login(String username, char[] password, String clientIp) {
    return login(username, password, null, clientIp);
  }

  /**
   * Attempts a login; a user who activated an authenticator (TOTP) must also give its code.
   *
   * @param username the user name given
   * @param password the password given
   * @param code the authenticator's code, when the user has one
   * @param clientIp where from
   * @return the user when the login succeeded
   */
  @Transactional
  public Optional<AuthenticatedUser> login(String username, char[] password, String code, String clientIp) {
    Instant now = Instant.now();
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > 32 || password == null || password.length > 128) {
      hasher.verifyDummy(password == null ? new char[0] : password);
      fail(name, clientIp, "malformed credentials");
      return Optional.empty();
    }
    AppUser user =
        em.createNamedQuery("AppUser.findByUsername", AppUser.class)
            .setParameter("username", name)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      hasher.verifyDummy(password);
      fail(name, clientIp, "unknown user name");
      return Optional.empty();
    }
    boolean passwordMatches = hasher.verify(password, user.getPasswordHash());
    if (user.isLocked(now)) {
      fail(name, clientIp, "account locked until " + user.getLockedUntil());
      return Optional.empty();
    }
    if (!passwordMatches) {
      boolean locked = user.loginFailed(config.lockoutAttempts(), config.lockoutDuration(), now);
      fail(name, clientIp, locked
          ? "wrong password; account locked for " + config.lockoutDuration().toMinutes() + " min"
          : "wrong password (" + user.getFailedAttempts() + " in a row)");
      return Optional.empty();
    }
    OrgNode node = user.getNode();
    if (!user.isEnabled() || !nodeActive(node)) {
      fail(name, clientIp, user.isEnabled() ? "node " + node.getCode() + " is not active" : "user disabled");
      return Optional.empty();
    }
    String tenantOfUser = user.getRole().isCompanyRole() && node.getKind() == NodeKind.COMPANY ? node.getCode() : null;
    if (!secondFactor.checkAtLogin(user.getId(), tenantOfUser, name, code)) {
      boolean locked = user.loginFailed(config.lockoutAttempts(), config.lockoutDuration(), now);
      fail(name, clientIp, locked ? "wrong authenticator code; account locked" : "wrong or missing authenticator code");
      return Optional.empty();
    }
    user.loginSucceeded(clientIp, now);
    if (hasher.needsRehash(user.getPasswordHash())) {
      user.changePassword(hasher.hash(password), now);
    }
    AuthenticatedUser authenticated =
        new AuthenticatedUser(
            user.getId(),
            user.getUsername(),
            user.getDisplayName(),
            user.getRole(),
            node.getId(),
            node.getCode(),
            user.getRole().isCompanyRole() && node.getKind() == NodeKind.COMPANY ? node.getCode() : null,
            now,
            null);
    Caller.as(new Caller(authenticated, clientIp, false), () -> {
      audit.record("auth.login", authenticated.tenantCode(), "user:" + name, AuditLog.SUCCESS, null);
      return null;
    });
    return Optional.of(authenticated);
  }

  private static boolean nodeActive(OrgNode node) {
    for (OrgNode n = node; n != null; n = n.getParent()) {
      if (n.getStatus() != NodeStatus.ACTIVE) {
        return false;
      }
    }
    return true;
  }

  private void fail(String name, String clientIp, String reason) {
    Caller.as(Caller.anonymous(clientIp), () -> {
      audit.record("auth.login", null, "user:" + name, AuditLog.FAILURE, reason);
      return null;
    });
  }
}
