package io.heatcloud.web.rest.dto;

/**
 * A change of one's own password.
 *
 * @param currentPassword the current password
 * @param newPassword the new password
 */
public record PasswordChange(String currentPassword, String newPassword) {

  @Override
  public String toString() {
    return "PasswordChange[***]";
  }
}
