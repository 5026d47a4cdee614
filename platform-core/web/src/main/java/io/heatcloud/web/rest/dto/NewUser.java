package io.heatcloud.web.rest.dto;

/**
 * A user to create.
 *
 * @param username the login name
 * @param displayName the name shown
 * @param role the role
 * @param nodeCode the node the role is bound to
 * @param initialPassword the first password
 */
public record NewUser(String username, String displayName, String role, String nodeCode, String initialPassword) {

  @Override
  public String toString() {
    return "NewUser[" + username + ", " + role + " at " + nodeCode + "]";
  }
}
