package io.heatcloud.core.migration;

import io.heatcloud.core.tenancy.SchemaNames;
import io.heatcloud.core.tenancy.infrastructure.TenantConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jboss.logging.Logger;

/**
 * Runs a Liquibase changelog in one schema.
 *
 * <p>Runs never overlap inside this JVM (Liquibase is not safe across schemas in parallel), and
 * Liquibase's lock table guards against other cluster nodes. The bean runs outside any JTA
 * transaction: Liquibase commits each changeset itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);
  private static final ReentrantLock LOCK = new ReentrantLock(true);

  @Resource(lookup = TenantConnectionProvider.DATASOURCE)
  DataSource dataSource;

  /**
   * Creates the schema if needed and applies the changelog's pending changesets.
   *
   * @param schema the schema
   * @param changelog the changelog's resource path
   * @param classLoader the class loader that finds the changelog (the plugin's, for plugins)
   * @param changelogTable the changelog table in that schema
   * @return what was done
   * @throws MigrationException when a changeset fails; earlier changesets stay applied
   */
  public MigrationResult migrate(
      String schema, String changelog, ClassLoader classLoader, String changelogTable) {
    SchemaNames.requireValid(schema);
    SchemaNames.requireValid(changelogTable);
    long start = System.nanoTime();
    LOCK.lock();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    // Liquibase finds its own services through the context class loader: use the platform's.
    Thread.currentThread().setContextClassLoader(SchemaMigrator.class.getClassLoader());
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      }
      connection.setSchema(schema);
      int before = count(connection, schema, changelogTable);
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(schema);
      database.setLiquibaseSchemaName(schema);
      database.setDatabaseChangeLogTableName(changelogTable);
      database.setDatabaseChangeLogLockTableName(changelogTable + "_lock");
      Liquibase liquibase =
          new Liquibase(changelog, new ClassLoaderResourceAccessor(classLoader), database);
      liquibase.update(new Contexts(), new LabelExpression());
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      int after = count(connection, schema, changelogTable);
      String last = lastChangeSet(connection, schema, changelogTable);
      connection.setSchema(SchemaNames.NEUTRAL);
      long millis = (System.nanoTime() - start) / 1_000_000;
      LOG.infof(
          "migrated %s with %s: %d changesets applied, %d in all, at %s (%d ms)",
          schema, changelog, after - before, after, last, millis);
      return new MigrationResult(schema, after - before, after, last, millis);
    } catch (SQLException | LiquibaseException e) {
      throw new MigrationException(
          "migration of schema " + schema + " with " + changelog + " failed: " + rootMessage(e),
          e);
    } finally {
      forgetLiquibaseScope();
      Thread.currentThread().setContextClassLoader(previous);
      LOCK.unlock();
    }
  }

  /**
   * The version of a schema: the last changeset recorded in a changelog table.
   *
   * @param schema the schema
   * @param changelogTable the changelog table
   * @return the changeset id, or null when the table does not exist or is empty
   */
  public String version(String schema, String changelogTable) {
    SchemaNames.requireValid(schema);
    try (Connection connection = dataSource.getConnection()) {
      return lastChangeSet(connection, schema, changelogTable);
    } catch (SQLException e) {
      throw new MigrationException("cannot read the version of " + schema, e);
    }
  }

  private static int count(Connection connection, String schema, String table)
      throws SQLException {
    if (!exists(connection, schema, table)) {
      return 0;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) FROM " + schema + "." + SchemaNames.requireValid(table))) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String lastChangeSet(Connection connection, String schema, String table)
      throws SQLException {
    if (!exists(connection, schema, table)) {
      return null;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT id FROM "
                    + schema
                    + "."
                    + SchemaNames.requireValid(table)
                    + " ORDER BY orderexecuted DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static boolean exists(Connection connection, String schema, String table)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Liquibase keeps its scope manager in a static inheritable thread-local, which would pin the
   * deployment's class loader to this (pooled) thread after an undeploy. Remove this thread's
   * entry; the next run creates a fresh one.
   */
  private static void forgetLiquibaseScope() {
    try {
      Field field = Scope.class.getDeclaredField("scopeManager");
      field.setAccessible(true);
      ((ThreadLocal<?>) field.get(null)).remove();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debugf("could not clear Liquibase's scope thread-local: %s", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
