package io.heatcloud.core.security;

import io.heatcloud.api.security.Role;
import java.io.Serializable;

/**
 * A user to create.
 *
 * @param username the login name: 3-32 lower-case letters, digits, '.', '_' or '-'
 * @param displayName the name shown
 * @param role the role
 * @param nodeCode the node the role is bound to
 * @param initialPassword the first password, checked against the password policy
 */
public record UserSpec(
    String username, String displayName, Role role, String nodeCode, String initialPassword)
    implements Serializable {

  @Override
  public String toString() {
    return "UserSpec[" + username + ", " + role + " at " + nodeCode + "]";
  }
}
