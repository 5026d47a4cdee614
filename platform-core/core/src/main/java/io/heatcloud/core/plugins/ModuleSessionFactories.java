package io.heatcloud.core.plugins;

import io.heatcloud.core.tenancy.infrastructure.TenantConnectionProvider;
import io.heatcloud.core.tenancy.infrastructure.TenantIdentifierResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.transaction.jta.platform.internal.JBossAppServerJtaPlatform;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;

/**
 * Builds the Hibernate session factory of a plugin: the plugin's class loader for its entities,
 * the platform's tenant connection provider and resolver (so the plugin's tables are read in the
 * tenant's schema and a transaction still serves one tenant), WildFly's JTA, no schema generation.
 */
final class ModuleSessionFactories {

  private static final TenantConnectionProvider CONNECTIONS = new TenantConnectionProvider();
  private static final TenantIdentifierResolver RESOLVER = new TenantIdentifierResolver();

  private ModuleSessionFactories() {}

  static SessionFactory build(String pluginId, ClassLoader pluginLoader, List<Class<?>> entities) {
    BootstrapServiceRegistry bootstrap =
        new BootstrapServiceRegistryBuilder()
            .applyClassLoader(pluginLoader)
            .applyClassLoader(ModuleSessionFactories.class.getClassLoader())
            .build();
    Map<String, Object> settings = new HashMap<>();
    settings.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, CONNECTIONS);
    settings.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, RESOLVER);
    settings.put(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName());
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    settings.put(AvailableSettings.JTA_PLATFORM, new JBossAppServerJtaPlatform());
    settings.put(AvailableSettings.TRANSACTION_COORDINATOR_STRATEGY, "jta");
    settings.put(AvailableSettings.CURRENT_SESSION_CONTEXT_CLASS, "jta");
    settings.put(
        AvailableSettings.CONNECTION_HANDLING,
        PhysicalConnectionHandlingMode.DELAYED_ACQUISITION_AND_RELEASE_BEFORE_TRANSACTION_COMPLETION);
    settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
    // reading JDBC warnings on every connection release costs an exception inside the pool
    settings.put(AvailableSettings.LOG_JDBC_WARNINGS, "false");
    // WildFly hooks its JPA integration into native bootstraps too: keep it out, and give the
    // cache flags as strings (a Boolean breaks its region factory check).
    settings.put("wildfly.jpa.regionfactory", "false");
    settings.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
    settings.put(AvailableSettings.USE_QUERY_CACHE, "false");
    // Bean Validation's metadata cache would pin the plugin's classes after an unload.
    settings.put(AvailableSettings.JAKARTA_VALIDATION_MODE, "none");
    settings.put(AvailableSettings.SESSION_FACTORY_NAME, "heatcloud-plugin-" + pluginId);
    settings.put(AvailableSettings.SESSION_FACTORY_NAME_IS_JNDI, "false");
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
