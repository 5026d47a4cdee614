package io.heatcloud.api.module;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.security.Role;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A permission a module checks, such as {@code notices.publish}.
 *
 * @param code the permission code; it must start with the plugin id and a dot
 * @param label what the permission allows, for the consoles
 * @param grantedTo the company roles that hold the permission
 */
public record PermissionDefinition(String code, LocalizedText label, Set<Role> grantedTo)
    implements Serializable {

  /**
   * Checks the code and copies the roles.
   *
   * @param code see the record component
   * @param label see the record component
   * @param grantedTo see the record component
   */
  public PermissionDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (!code.matches("[a-z][a-z0-9-]*\\.[a-z][a-z0-9.-]*")) {
      throw new IllegalArgumentException("permission code must look like plugin.action: " + code);
    }
    grantedTo = Set.copyOf(grantedTo);
  }
}
