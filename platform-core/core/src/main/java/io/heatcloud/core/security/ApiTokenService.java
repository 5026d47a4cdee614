package io.heatcloud.core.security;

import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.tenancy.domain.NodeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens for the REST API: 256 random bits, stored as SHA-256, valid until idle for the
 * session idle timeout or past the absolute timeout, revoked by logout. Tokens of a user who was
 * disabled or locked stop working at once.
 */
@ApplicationScoped
public class ApiTokenService {

  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject PlatformConfig config;
  @Inject AuditLog audit;
  @Inject io.heatcloud.core.plugins.ModuleTransactions transactions;

  /**
   * How long a checked token is believed without asking the database again. Logging out and
   * disabling a user take effect at once on this server; a user locked elsewhere (another server
   * of a cluster, the lockout after failed logins) loses API access within this time.
   */
  static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

  private static final int CACHED_TOKENS = 20_000;

  private final SecureRandom random = new SecureRandom();

  /** Token hash -> the user it authenticated and when it was checked (API clients send one token per request). */
  private final java.util.concurrent.ConcurrentHashMap<String, Checked> checked = new java.util.concurrent.ConcurrentHashMap<>();

  private record Checked(AuthenticatedUser user, Instant at) {}

  /**
   * Issues a token to a user who just logged in.
   *
   * @param user the user
   * @param clientIp where to
   * @return the token, to be given to the client once
   */
  @Transactional
  public IssuedToken issue(AuthenticatedUser user, String clientIp) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now();
    Instant expires = now.plus(config.sessionAbsoluteTimeout());
    em.persist(new ApiToken(hash(token), em.getReference(AppUser.class, user.id()), clientIp, now, expires));
    return new IssuedToken(token, expires, config.sessionIdleTimeout());
  }

  /**
   * The user of a token, when it is valid. A token checked within {@link #RECHECK_AFTER} is answered
   * from memory, without a transaction; otherwise the database is asked in one.
   *
   * @param token the bearer token
   * @return the user
   */
  public Optional<AuthenticatedUser> authenticate(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    String hash = hash(token);
    Checked recent = checked.get(hash);
    if (recent != null && recent.at().plus(RECHECK_AFTER).isAfter(now)) {
      return Optional.of(recent.user());
    }
    Optional<AuthenticatedUser> user = transactions.required(() -> check(hash, now));
    if (user.isPresent()) {
      if (checked.size() >= CACHED_TOKENS) {
        checked.clear();
      }
      checked.put(hash, new Checked(user.get(), now));
    } else {
      checked.remove(hash);
    }
    return user;
  }

  private Optional<AuthenticatedUser> check(String hash, Instant now) {
    Optional<ApiToken> found =
        em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
            .setParameter("hash", hash)
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !found.get().isValid(now, config.sessionIdleTimeout())) {
      return Optional.empty();
    }
    ApiToken apiToken = found.get();
    AppUser user = apiToken.getUser();
    if (!user.isEnabled() || user.isLocked(now)
        || user.getNode().getStatus() != io.heatcloud.core.tenancy.domain.NodeStatus.ACTIVE) {
      return Optional.empty();
    }
    if (Duration.between(apiToken.getLastUsedAt(), now).compareTo(TOUCH_EVERY) > 0) {
      apiToken.used(now);
    }
    return Optional.of(
        new AuthenticatedUser(
            user.getId(),
            user.getUsername(),
            user.getDisplayName(),
            user.getRole(),
            user.getNode().getId(),
            user.getNode().getCode(),
            user.getRole().isCompanyRole() && user.getNode().getKind() == NodeKind.COMPANY
                ? user.getNode().getCode()
                : null,
            now,
            apiToken.getSecondFactorUntil() != null && apiToken.getSecondFactorUntil().isAfter(now)
                ? apiToken.getSecondFactorUntil()
                : null));
  }

  /**
   * Revokes a token (logout).
   *
   * @param token the bearer token
   */
  @Transactional
  public void revoke(String token) {
    checked.remove(hash(token));
    em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", hash(token))
        .getResultStream()
        .findFirst()
        .ifPresent(t -> {
          t.revoke(Instant.now());
          audit.record("auth.logout", null, "user:" + t.getUser().getUsername(), AuditLog.SUCCESS, "API token");
        });
  }

  /**
   * Forgets what was checked of a token (its second factor was confirmed).
   *
   * @param token the token
   */
  public void forgetToken(String token) {
    checked.remove(hash(token));
  }

  /**
   * Forgets what was checked of a user's tokens (the user was disabled or changed the password).
   *
   * @param userId the user
   */
  public void forgetUser(long userId) {
    checked.values().removeIf(c -> c.user().id() == userId);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A token just issued.
   *
   * @param token the token
   * @param expiresAt its absolute end
   * @param idleTimeout how long it may stay unused
   */
  public record IssuedToken(String token, Instant expiresAt, Duration idleTimeout) {}
}
