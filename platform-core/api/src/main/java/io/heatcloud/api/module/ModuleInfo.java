package io.heatcloud.api.module;

import io.heatcloud.api.LocalizedText;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a module tells the platform about itself.
 *
 * @param name the module's name in menus and consoles
 * @param description one sentence on what it does
 * @param menu entries added to the company menu, in order, for companies that enable the module
 * @param permissions the permissions the module checks, with the roles that hold them by default
 * @param settings per-company settings with their defaults
 * @param requiredModules ids of the modules a company must have enabled before it can enable this one
 *     (for instance payments requires billing); the platform refuses to enable it otherwise
 */
public record ModuleInfo(
    LocalizedText name,
    LocalizedText description,
    List<MenuItem> menu,
    List<PermissionDefinition> permissions,
    List<SettingDefinition> settings,
    List<String> requiredModules)
    implements Serializable {

  /**
   * A module that requires no other module.
   *
   * @param name see the record component
   * @param description see the record component
   * @param menu see the record component
   * @param permissions see the record component
   * @param settings see the record component
   */
  public ModuleInfo(
      LocalizedText name,
      LocalizedText description,
      List<MenuItem> menu,
      List<PermissionDefinition> permissions,
      List<SettingDefinition> settings) {
    this(name, description, menu, permissions, settings, List.of());
  }

  /**
   * Copies the lists and checks the required parts.
   *
   * @param name see the record component
   * @param description see the record component
   * @param menu see the record component
   * @param permissions see the record component
   * @param settings see the record component
   * @param requiredModules see the record component
   */
  public ModuleInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    menu = List.copyOf(menu);
    permissions = List.copyOf(permissions);
    settings = List.copyOf(settings);
    requiredModules = List.copyOf(requiredModules);
  }
}
