package io.heatcloud.web.rest.dto;

import io.heatcloud.core.tenancy.application.CompanyOverview;
import java.util.List;

/**
 * A company in the side-by-side overview.
 *
 * @param code the code
 * @param name the name
 * @param region the region's code
 * @param status the status
 * @param accounts its accounts, null while its schema is not ready
 * @param users its users
 * @param schemaVersion the last core changeset of its schema
 * @param modules its enabled modules
 */
public record CompanyDto(
    String code,
    String name,
    String region,
    String status,
    Long accounts,
    long users,
    String schemaVersion,
    List<ModuleStateDto> modules) {

  /**
   * A module of the company.
   *
   * @param id the plugin id
   * @param version the plugin version its tables are migrated to
   * @param schemaVersion the module's last changeset in the company schema
   * @param installed whether the plugin is installed now
   * @param problem the last migration failure
   */
  public record ModuleStateDto(String id, String version, String schemaVersion, boolean installed, String problem) {}

  /**
   * The DTO of an overview row.
   *
   * @param o the row
   * @return the DTO
   */
  public static CompanyDto of(CompanyOverview o) {
    return new CompanyDto(
        o.company().code(),
        o.company().name(),
        o.company().parentCode(),
        o.company().status().name(),
        o.accounts(),
        o.users(),
        o.schemaVersion(),
        o.modules().stream()
            .map(m -> new ModuleStateDto(m.pluginId(), m.migratedVersion(), m.schemaVersion(), m.loaded(), m.problem()))
            .toList());
  }
}
