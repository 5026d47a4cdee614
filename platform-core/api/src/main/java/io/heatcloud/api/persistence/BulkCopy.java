package io.heatcloud.api.persistence;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes many rows into one of the plugin's own tables with PostgreSQL's {@code COPY}, in the
 * current transaction ({@code context.service(BulkCopy.class)} inside {@link
 * io.heatcloud.api.context.ModuleContext#inTransaction}): the fastest way to write, for billing runs
 * and imports. There is no conflict handling: a row that breaks a unique key fails the whole copy
 * and the transaction, so compute what is missing first.
 *
 * <p>Rows can be given as a list, or produced one by one ({@link #copy(String, List, Consumer)}):
 * then each is sent while the next are computed, and the server stores them meanwhile.
 */
public interface BulkCopy {

  /**
   * Copies rows.
   *
   * @param table a table of the plugin's entities (its {@code @Table} name)
   * @param columns the columns the rows give, in order
   * @param rows the rows; values are texts, numbers, booleans, dates and instants, or null
   * @return the number of rows written
   * @throws IllegalArgumentException when the table is not one of the plugin's, or a row has the
   *     wrong number of values
   * @throws IllegalStateException when no transaction is active
   */
  default long copy(String table, List<String> columns, List<Object[]> rows) {
    return copy(table, columns, sink -> rows.forEach(sink::add));
  }

  /**
   * Copies rows as a producer adds them: the copy starts with the first row (none, no copy) and
   * ends when the producer returns. The transaction's connection is busy with the copy meanwhile:
   * read what the rows need before.
   *
   * @param table a table of the plugin's entities (its {@code @Table} name)
   * @param columns the columns the rows give, in order
   * @param producer adds the rows
   * @return the number of rows written
   * @throws IllegalArgumentException when the table is not one of the plugin's, a row has the wrong
   *     number of values or a value does not fit its column's type (the copy and the transaction fail)
   * @throws IllegalStateException when no transaction is active
   * @since 1.3.0
   */
  long copy(String table, List<String> columns, Consumer<Rows> producer);

  /** Where a producer adds rows. */
  interface Rows {

    /**
     * Adds a row.
     *
     * @param values the row, one value per column
     */
    void add(Object... values);
  }
}
