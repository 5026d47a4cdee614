package io.heatcloud.core.plugins;

import io.heatcloud.api.persistence.BulkCopy;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * {@link BulkCopy} for plugins: PostgreSQL {@code COPY ... FROM STDIN} (binary format) into a table
 * of the plugin's own entities in the company schema, on the connection of the current JTA
 * transaction, which WildFly shares between the plugin's session and the platform's.
 */
@ApplicationScoped
public class ModuleBulkCopy {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager tm;

  /**
   * The service for a plugin in a company.
   *
   * @param module the plugin
   * @param tenant the company
   * @return the service
   */
  public BulkCopy forModule(LoadedModule module, BoundTenant tenant) {
    return (table, columns, producer) -> copy(module, tenant, table, columns, producer);
  }

  long copy(LoadedModule module, BoundTenant tenant, String table, List<String> columns,
      Consumer<BulkCopy.Rows> producer) {
    String name = table == null ? "" : table.toLowerCase(Locale.ROOT);
    if (!tablesOf(module).contains(name)) {
      throw new IllegalArgumentException("table " + table + " is not one of plugin " + module.id() + "'s tables");
    }
    if (columns.isEmpty() || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
      throw new IllegalArgumentException("bad column list " + columns);
    }
    try {
      if (tm.getStatus() != Status.STATUS_ACTIVE) {
        throw new IllegalStateException("a bulk copy needs an active transaction");
      }
    } catch (SystemException e) {
      throw new IllegalStateException(e);
    }
    String sql = "COPY " + tenant.schema() + "." + name + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
    return TenantContext.call(tenant, () -> em.unwrap(Session.class).doReturningWork(connection -> {
      Stream stream = new Stream(connection, tenant.schema(), name, columns, sql);
      try {
        producer.accept(stream);
        return stream.finish();
      } finally {
        stream.cancelIfOpen();
      }
    }));
  }

  /** The rows a producer adds, sent as they come; the copy opens with the first. */
  private static final class Stream implements BulkCopy.Rows {

    private final Connection connection;
    private final String schema;
    private final String table;
    private final List<String> columns;
    private final String sql;
    private PGCopyOutputStream out;
    private BinaryCopyRows rows;

    Stream(Connection connection, String schema, String table, List<String> columns, String sql) {
      this.connection = connection;
      this.schema = schema;
      this.table = table;
      this.columns = columns;
      this.sql = sql;
    }

    @Override
    public void add(Object... values) {
      try {
        if (rows == null) {
          List<BinaryCopyRows.Kind> kinds = kinds(connection, schema, table, columns);
          out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 64 * 1024);
          rows = BinaryCopyRows.open(kinds, out);
        }
        rows.row(values);
      } catch (SQLException | java.io.IOException e) {
        throw new IllegalStateException("copy into " + table + " failed: " + e.getMessage(), e);
      }
    }

    long finish() throws SQLException {
      if (rows == null) {
        return 0;
      }
      try {
        rows.finish();
        return out.endCopy();
      } catch (java.io.IOException e) {
        throw new SQLException("copy into " + table + " failed: " + e.getMessage(), e);
      }
    }

    void cancelIfOpen() {
      if (out != null && out.isActive()) {
        try {
          out.cancelCopy();
        } catch (SQLException e) {
          // the copy failed already: its error is the one that matters
        }
      }
    }
  }

  /** The columns' types, from the catalog (one small query per copy: migrations may change them). */
  private static List<BinaryCopyRows.Kind> kinds(Connection connection, String schema, String table, List<String> columns)
      throws SQLException {
    Map<String, String> types = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT a.attname, t.typname FROM pg_attribute a "
        + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        + "JOIN pg_type t ON t.oid = a.atttypid WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 "
        + "AND NOT a.attisdropped")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          types.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    List<BinaryCopyRows.Kind> kinds = new ArrayList<>(columns.size());
    for (String column : columns) {
      String type = types.get(column);
      if (type == null) {
        throw new IllegalArgumentException("table " + table + " has no column " + column);
      }
      kinds.add(BinaryCopyRows.kind(column, type));
    }
    return kinds;
  }

  private static Set<String> tablesOf(LoadedModule module) {
    return module.persistence()
        .map(p -> ModuleCalls.call(module, "entityClasses()", p::entityClasses))
        .orElse(List.of())
        .stream()
        .map(type -> {
          Table table = type.getAnnotation(Table.class);
          String name = table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName();
          return name.toLowerCase(Locale.ROOT);
        })
        .collect(Collectors.toSet());
  }
}
