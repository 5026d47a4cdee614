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
@Transactional
public class ApiTokenService {

  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject PlatformConfig config;
  @Inject AuditLog audit;

  private final SecureRandom random = new SecureRandom();

  /**
   * Issues a token to a user who just logged in.
   *
   * @param user the user
   * @param clientIp where to
   * @return the token, to be given to the client once
   */
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
   * The user of a token, when it is valid.
   *
   * @param token the bearer token
   * @return the user
   */
  public Optional<AuthenticatedUser> authenticate(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<ApiToken> found =
        em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
            .setParameter("hash", hash(token))
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
            now));
  }

  /**
   * Revokes a token (logout).
   *
   * @param token the bearer token
   */
  public void revoke(String token) {
    em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", hash(token))
        .getResultStream()
        .findFirst()
        .ifPresent(t -> {
          t.revoke(Instant.now());
          audit.record("auth.logout", null, "user:" + t.getUser().getUsername(), AuditLog.SUCCESS, "API token");
        });
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
