package io.heatcloud.api.persistence;

import java.util.List;

/**
 * Writes many rows into one of the plugin's own tables with PostgreSQL's {@code COPY}, in the
 * current transaction ({@code context.service(BulkCopy.class)} inside {@link
 * io.heatcloud.api.context.ModuleContext#inTransaction}): the fastest way to write, for billing runs
 * and imports. There is no conflict handling: a row that breaks a unique key fails the whole copy
 * and the transaction, so compute what is missing first.
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
  long copy(String table, List<String> columns, List<Object[]> rows);
}
