package io.heatcloud.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the test database, to check what the platform stored. */
public final class Db {

  private Db() {}

  /**
   * Opens a connection.
   *
   * @return the connection
   */
  public static Connection connect() {
    try {
      return DriverManager.getConnection(It.property("heatcloud.it.db.url"),
          It.property("heatcloud.it.db.user"), It.property("heatcloud.it.db.password"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first column of a query's rows.
   *
   * @param sql the query, with ? parameters
   * @param params the parameters
   * @return the values
   */
  public static List<Object> column(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<Object> values = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getObject(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * A single value.
   *
   * @param sql the query
   * @param params the parameters
   * @return the first column of the first row, or null
   */
  public static Object value(String sql, Object... params) {
    List<Object> values = column(sql, params);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * Runs an update.
   *
   * @param sql the statement
   * @param params the parameters
   * @return the rows changed
   */
  public static int update(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether a table exists.
   *
   * @param schema the schema
   * @param table the table
   * @return true when it does
   */
  public static boolean tableExists(String schema, String table) {
    return value("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        schema, table).equals(1L);
  }

  /**
   * Whether a column exists.
   *
   * @param schema the schema
   * @param table the table
   * @param column the column
   * @return true when it does
   */
  public static boolean columnExists(String schema, String table, String column) {
    return value("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?",
        schema, table, column).equals(1L);
  }
}
