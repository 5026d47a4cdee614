package io.heatcloud.core.security;

import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.tenancy.BoundTenant;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * The user of a session or an API token, as established at login. The tenant of a company user
 * comes from here and nowhere else.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown
 * @param role the role
 * @param nodeId the id of the node the role is bound to
 * @param nodeCode the code of that node
 * @param tenantCode the company code for company roles, else null
 * @param authenticatedAt when the login happened
 * @param secondFactorUntil until when the token is confirmed with an authenticator code, or null
 */
public record AuthenticatedUser(
    long id,
    String username,
    String displayName,
    Role role,
    long nodeId,
    String nodeCode,
    String tenantCode,
    Instant authenticatedAt,
    Instant secondFactorUntil)
    implements Principal, Serializable {

  @Override
  public String getName() {
    return username;
  }

  /**
   * The company this user works in.
   *
   * @return the tenant binding, empty for group, regional and auditor users above company level
   */
  public Optional<BoundTenant> tenant() {
    return tenantCode == null ? Optional.empty() : Optional.of(BoundTenant.ofCode(tenantCode));
  }

  /**
   * The user as plugins see it.
   *
   * @return the API view
   */
  public UserInfo toUserInfo() {
    return new UserInfo(id, username, displayName, role, nodeCode, secondFactorUntil);
  }
}
