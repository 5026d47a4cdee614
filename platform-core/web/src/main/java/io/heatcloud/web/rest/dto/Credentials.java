package io.heatcloud.web.rest.dto;

/**
 * A login request.
 *
 * @param username the user name
 * @param password the password
 */
public record Credentials(String username, String password, String code) {

  @Override
  public String toString() {
    return "Credentials[" + username + "]";
  }
}
