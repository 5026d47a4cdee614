package io.heatcloud.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token for the REST API. Only its SHA-256 is stored; the token itself is shown once, to
 * the client that logged in.
 */
@Entity
@Table(schema = "platform", name = "api_token")
@NamedQuery(
    name = "ApiToken.findByHash",
    query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private AppUser user;

  @Column(name = "client_ip", length = 64)
  private String clientIp;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "second_factor_until")
  private Instant secondFactorUntil;

  /** For JPA. */
  protected ApiToken() {}

  /**
   * Creates a token record.
   *
   * @param tokenHash SHA-256 of the token, hex
   * @param user the owner
   * @param clientIp where it was issued to
   * @param now the time
   * @param expiresAt its absolute end
   */
  public ApiToken(String tokenHash, AppUser user, String clientIp, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.user = user;
    this.clientIp = clientIp;
    this.issuedAt = now;
    this.lastUsedAt = now;
    this.expiresAt = expiresAt;
  }

  /**
   * Whether the token can be used now.
   *
   * @param now the time
   * @param idle the idle timeout
   * @return true when neither revoked nor expired nor idle too long
   */
  public boolean isValid(Instant now, java.time.Duration idle) {
    return revokedAt == null && now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idle));
  }

  /**
   * Records a use.
   *
   * @param now the time
   */
  public void used(Instant now) {
    this.lastUsedAt = now;
  }

  /**
   * Revokes the token (logout).
   *
   * @param now the time
   */
  public void revoke(Instant now) {
    this.revokedAt = now;
  }

  public Long getId() {
    return id;
  }

  public AppUser getUser() {
    return user;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /**
   * Until when the token may do sensitive money operations (confirmed with an authenticator code).
   *
   * @return the time, or null
   */
  public Instant getSecondFactorUntil() {
    return secondFactorUntil;
  }
}
