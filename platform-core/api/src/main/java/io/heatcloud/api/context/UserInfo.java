package io.heatcloud.api.context;

import io.heatcloud.api.security.Role;
import java.io.Serializable;

/**
 * The authenticated user on whose behalf a call runs.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown in the consoles
 * @param role the user's role
 * @param nodeCode the code of the tree node the role is bound to
 * @param secondFactorUntil until when the user's request is confirmed with an authenticator code
 *     (TOTP), or null
 */
public record UserInfo(long id, String username, String displayName, Role role, String nodeCode,
    java.time.Instant secondFactorUntil) implements Serializable {

  /**
   * A user without a confirmed second factor.
   *
   * @param id the user's id
   * @param username the login name
   * @param displayName the name shown in the consoles
   * @param role the user's role
   * @param nodeCode the code of the tree node the role is bound to
   */
  public UserInfo(long id, String username, String displayName, Role role, String nodeCode) {
    this(id, username, displayName, role, nodeCode, null);
  }
}
