package io.heatcloud.api.persistence;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The plugin's own tables: JPA entity classes and the Liquibase changelog that creates and migrates
 * them.
 *
 * <p>The host builds one Hibernate session factory per plugin from these classes (never with
 * schema generation) and runs the changelog in each company schema that enables the module, with a
 * changelog table of the plugin's own ({@code hc_<pluginId>_changelog}) so that plugins migrate
 * independently. Installing a newer plugin version runs its new changesets in every enabling
 * schema; removing the plugin leaves its tables and data in place.
 *
 * <p>Entities use unqualified table names: the platform sets the tenant's schema on the connection.
 * A plugin never reads another plugin's tables; it refers to core objects (accounts, premises) by
 * id and reads them through the services of this API.
 */
public interface PersistenceContribution extends ExtensionPoint {

  /**
   * The plugin's entity classes.
   *
   * @return the classes annotated with {@code jakarta.persistence.Entity}
   */
  List<Class<?>> entityClasses();

  /**
   * The changelog's resource path inside the plugin archive, e.g. {@code db/notices/changelog.xml}.
   *
   * @return the path, without a leading slash
   */
  String changelog();
}
