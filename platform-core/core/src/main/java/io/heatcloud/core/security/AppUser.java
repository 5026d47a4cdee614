package io.heatcloud.core.security;

import io.heatcloud.api.security.Role;
import io.heatcloud.core.tenancy.domain.OrgNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A staff user: one role bound to one node of the tree. The failed-login counter and the lockout
 * live in the database so that every cluster node sees them.
 */
@Entity
@Table(schema = "platform", name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.findAll", query = "SELECT u FROM AppUser u JOIN FETCH u.node ORDER BY u.username")
@NamedQuery(name = "AppUser.countByNode", query = "SELECT u.node.id, count(u) FROM AppUser u GROUP BY u.node.id")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "node_id")
  private OrgNode node;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "last_login_ip", length = 64)
  private String lastLoginIp;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  /** For JPA. */
  protected AppUser() {}

  /**
   * Creates a user.
   *
   * @param username the login name
   * @param displayName the name shown
   * @param passwordHash the encoded hash
   * @param role the role
   * @param node the node the role is bound to
   * @param now the time
   */
  public AppUser(
      String username, String displayName, String passwordHash, Role role, OrgNode node,
      Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.node = node;
    this.enabled = true;
    this.passwordChangedAt = now;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Whether a lockout is in force.
   *
   * @param now the time
   * @return true while locked
   */
  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed login and locks the account when the limit is reached. During a lockout the
   * lockout is not extended.
   *
   * @param limit failed attempts that lock
   * @param lockout how long a lockout lasts
   * @param now the time
   * @return true when this failure started a lockout
   */
  public boolean loginFailed(int limit, java.time.Duration lockout, Instant now) {
    if (isLocked(now)) {
      return false;
    }
    if (lockedUntil != null) {
      // an expired lockout: start counting afresh
      lockedUntil = null;
      failedAttempts = 0;
    }
    failedAttempts++;
    updatedAt = now;
    if (failedAttempts >= limit) {
      lockedUntil = now.plus(lockout);
      return true;
    }
    return false;
  }

  /**
   * Records a successful login: the counter and any expired lockout are cleared.
   *
   * @param clientIp where from
   * @param now the time
   */
  public void loginSucceeded(String clientIp, Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
    lastLoginIp = clientIp;
    updatedAt = now;
  }

  /**
   * Lifts a lockout (an administrator's action).
   *
   * @param now the time
   */
  public void unlock(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    updatedAt = now;
  }

  /**
   * Enables or disables the user.
   *
   * @param enabled the state
   * @param now the time
   */
  public void setEnabled(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /**
   * Replaces the password hash.
   *
   * @param passwordHash the new hash
   * @param now the time
   */
  public void changePassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public OrgNode getNode() {
    return node;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public String getLastLoginIp() {
    return lastLoginIp;
  }
}
