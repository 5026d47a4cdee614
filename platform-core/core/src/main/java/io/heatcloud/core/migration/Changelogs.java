package io.heatcloud.core.migration;

/** The platform's own changelogs and changelog tables. */
public final class Changelogs {

  /** The changelog of the {@code platform} schema. */
  public static final String PLATFORM = "db/platform/changelog.xml";

  /** The changelog of the core tables in each company schema. */
  public static final String TENANT_CORE = "db/tenant/changelog.xml";

  /** The changelog table of the core, in the platform schema and in company schemas alike. */
  public static final String CORE_TABLE = "hc_core_changelog";

  private Changelogs() {}

  /**
   * The changelog table of a plugin in a company schema.
   *
   * @param pluginId the plugin's id, e.g. {@code notices}
   * @return e.g. {@code hc_notices_changelog}
   */
  public static String pluginTable(String pluginId) {
    return "hc_" + pluginId.replace('-', '_') + "_changelog";
  }
}
