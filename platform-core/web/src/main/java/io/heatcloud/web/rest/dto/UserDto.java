package io.heatcloud.web.rest.dto;

import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.UserView;
import java.time.Instant;

/**
 * A user.
 *
 * @param id the id
 * @param username the login name
 * @param displayName the name shown
 * @param role the role
 * @param nodeCode the node the role is bound to
 * @param company the company of company users, else null
 * @param enabled whether the user may log in (lists only)
 * @param locked whether a lockout is in force (lists only)
 * @param lastLoginAt the last login (lists only)
 */
public record UserDto(
    long id,
    String username,
    String displayName,
    String role,
    String nodeCode,
    String company,
    Boolean enabled,
    Boolean locked,
    Instant lastLoginAt) {

  /**
   * The DTO of a logged-in user.
   *
   * @param u the user
   * @return the DTO
   */
  public static UserDto of(AuthenticatedUser u) {
    return new UserDto(u.id(), u.username(), u.displayName(), u.role().name(), u.nodeCode(), u.tenantCode(),
        null, null, null);
  }

  /**
   * The DTO of a listed user.
   *
   * @param u the user
   * @return the DTO
   */
  public static UserDto of(UserView u) {
    return new UserDto(u.id(), u.username(), u.displayName(), u.role().name(), u.nodeCode(),
        null, u.enabled(), u.locked(), u.lastLoginAt());
  }
}
