package io.heatcloud.core.tenancy.application;

import io.heatcloud.core.tenancy.NodeView;
import java.io.Serializable;
import java.util.List;

/**
 * One company in the side-by-side table of the HQ and regional consoles.
 *
 * @param company the company
 * @param region its region
 * @param accounts its number of accounts, null when its schema is not ready
 * @param users its number of users
 * @param modules its enabled modules
 * @param schemaVersion the last core changeset of its schema
 */
public record CompanyOverview(
    NodeView company,
    NodeView region,
    Long accounts,
    long users,
    List<ModuleState> modules,
    String schemaVersion)
    implements Serializable {

  /**
   * A module enabled for the company.
   *
   * @param pluginId the module
   * @param migratedVersion the plugin version its tables are migrated to
   * @param schemaVersion the last changeset of the module in this schema
   * @param loaded whether the plugin is installed now
   * @param problem the last migration failure, or null
   */
  public record ModuleState(
      String pluginId, String migratedVersion, String schemaVersion, boolean loaded, String problem)
      implements Serializable {}
}
