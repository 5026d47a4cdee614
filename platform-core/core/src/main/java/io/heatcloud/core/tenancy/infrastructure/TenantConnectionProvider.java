package io.heatcloud.core.tenancy.infrastructure;

import io.heatcloud.core.tenancy.SchemaNames;
import io.heatcloud.core.tenancy.TenantContext;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.jboss.logging.Logger;

/**
 * Hands out pooled connections with the tenant's schema set, for the core persistence unit and for
 * every plugin's session factory alike.
 *
 * <p>Two rules keep tenants apart. Inside a JTA transaction the schema is set with {@code SET LOCAL}:
 * it lasts exactly as long as the transaction, and PostgreSQL itself restores the connection's own
 * value (the empty {@link SchemaNames#NEUTRAL} schema, set when the pool opens it) at commit or
 * rollback, so no later user of the connection can inherit it. Outside a transaction the schema is
 * set on checkout and reset to the neutral one on release. And a JTA transaction serves exactly one
 * tenant: the transaction holds one physical connection, so a second tenant in the same
 * transaction would read or write the first tenant's schema. The second tenant is refused and the
 * transaction is marked for rollback.
 *
 * <p>Inside a transaction every handle is the same physical connection (the pool keeps it for the
 * transaction), so the schema is set by the first checkout only: a posting that touches three
 * modules' tables sends one {@code SET LOCAL search_path}, and nothing when its handles are
 * released.
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  /** JNDI name of the platform's datasource. */
  public static final String DATASOURCE = "java:jboss/datasources/HeatCloudDS";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(TenantConnectionProvider.class);
  private static final String TX_TENANT_KEY = TenantConnectionProvider.class.getName() + ".tenant";
  private static final String TX_HANDLES_KEY = TenantConnectionProvider.class.getName() + ".handles";

  /** Whether the transaction's connection has the tenant's schema now. */
  private static final class Handles {
    boolean schemaSet;
  }

  private transient volatile DataSource dataSource;
  private transient volatile TransactionSynchronizationRegistry registry;

  @Override
  public Connection getAnyConnection() throws SQLException {
    Connection connection = dataSource().getConnection();
    if (!inTransaction()) {
      connection.setSchema(SchemaNames.NEUTRAL);
      return connection;
    }
    setLocal(connection, SchemaNames.NEUTRAL);
    Handles handles = handles();
    if (handles != null) {
      handles.schemaSet = false; // the transaction's connection left the tenant's schema
    }
    return connection;
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String schema) throws SQLException {
    SchemaNames.requireValid(schema);
    bindTransaction(schema);
    Connection connection = dataSource().getConnection();
    if (!inTransaction()) {
      connection.setSchema(schema);
      return connection;
    }
    Handles handles = handles();
    if (handles == null || !handles.schemaSet) {
      setLocal(connection, schema);
      if (handles != null) {
        handles.schemaSet = true;
      }
    }
    return connection;
  }

  @Override
  public void releaseConnection(String schema, Connection connection) throws SQLException {
    if (!inTransaction()) {
      try {
        connection.setSchema(SchemaNames.NEUTRAL);
      } catch (SQLException e) {
        // the next checkout sets the schema anyway, so the reset is best effort
        LOG.tracef("schema reset skipped: %s", e.getMessage());
      }
    }
    // in a transaction the schema was set for it alone and ends with it
    connection.close();
  }

  private static void setLocal(Connection connection, String schema) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL search_path TO \"" + schema + "\"");
    }
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> unwrapType) {
    return unwrapType.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> unwrapType) {
    if (isUnwrappableAs(unwrapType)) {
      return unwrapType.cast(this);
    }
    throw new IllegalArgumentException("cannot unwrap as " + unwrapType);
  }

  /** What the thread's transaction knows of its connection, or null when it cannot keep it (completing). */
  private Handles handles() {
    try {
      TransactionSynchronizationRegistry tsr = registry();
      Handles handles = (Handles) tsr.getResource(TX_HANDLES_KEY);
      if (handles == null) {
        handles = new Handles();
        tsr.putResource(TX_HANDLES_KEY, handles);
      }
      return handles;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /** Whether a transaction is bound to the thread, active or completing. */
  private boolean inTransaction() {
    return registry().getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }

  private void bindTransaction(String schema) {
    TransactionSynchronizationRegistry tsr = registry();
    if (tsr.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return;
    }
    Object bound = tsr.getResource(TX_TENANT_KEY);
    if (bound == null) {
      tsr.putResource(TX_TENANT_KEY, schema);
    } else if (!bound.equals(schema)) {
      tsr.setRollbackOnly();
      throw new IllegalStateException(
          "a transaction serves one tenant: this one serves "
              + bound
              + " and was asked for "
              + schema
              + "; it will be rolled back");
    }
  }

  private DataSource dataSource() {
    DataSource ds = dataSource;
    if (ds == null) {
      ds = lookup(DATASOURCE, DataSource.class);
      dataSource = ds;
    }
    return ds;
  }

  private TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry tsr = registry;
    if (tsr == null) {
      tsr =
          lookup(
              "java:jboss/TransactionSynchronizationRegistry",
              TransactionSynchronizationRegistry.class);
      registry = tsr;
    }
    return tsr;
  }

  private static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(new InitialContext().lookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("cannot look up " + name, e);
    }
  }
}
