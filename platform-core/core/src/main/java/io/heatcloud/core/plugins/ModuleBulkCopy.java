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
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * {@link BulkCopy} for plugins: PostgreSQL {@code COPY ... FROM STDIN} (text format) into a table
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
    return (table, columns, rows) -> copy(module, tenant, table, columns, rows);
  }

  long copy(LoadedModule module, BoundTenant tenant, String table, List<String> columns, List<Object[]> rows) {
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
    if (rows.isEmpty()) {
      return 0;
    }
    StringBuilder text = new StringBuilder(rows.size() * 64);
    for (Object[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.length + " values for " + columns.size() + " columns");
      }
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        append(text, row[i]);
      }
      text.append('\n');
    }
    String sql = "COPY " + tenant.schema() + "." + name + " (" + String.join(", ", columns) + ") FROM STDIN";
    return TenantContext.call(tenant, () -> em.unwrap(Session.class).doReturningWork(connection -> {
      try {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
      } catch (java.io.IOException e) {
        throw new java.sql.SQLException("copy failed: " + e.getMessage(), e);
      }
    }));
  }

  static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      text.append(((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      appendDecimal(text, decimal);
    } else if (value instanceof Boolean bool) {
      text.append(bool ? 't' : 'f');
    } else if (value instanceof Instant instant) {
      text.append(instant.atOffset(ZoneOffset.UTC));
    } else {
      String s = value.toString();
      int i = 0;
      while (i < s.length() && "\\\t\n\r".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      text.append(s, 0, i);
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }
  }

  /** A decimal in plain notation, without BigDecimal's slow general formatting for the usual amounts. */
  static void appendDecimal(StringBuilder text, BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > 18 || value.precision() > 18) {
      text.append(value.toPlainString());
      return;
    }
    long unscaled = value.unscaledValue().longValue();
    if (unscaled < 0) {
      text.append('-');
      unscaled = -unscaled;
    }
    String digits = Long.toString(unscaled);
    if (scale == 0) {
      text.append(digits);
      return;
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      text.append("0.");
      for (int i = whole; i < 0; i++) {
        text.append('0');
      }
      text.append(digits);
    } else {
      text.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
    }
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
