package io.heatcloud.api.exports;

import java.io.OutputStream;
import java.util.List;

/**
 * Writes a list as an Excel workbook (.xlsx, one sheet), streaming, the way every list of the
 * platform is exported ({@code context.service(SpreadsheetExport.class)}): amounts ({@link
 * java.math.BigDecimal}) as numbers with two decimals, dates as {@code yyyy-MM-dd}, texts that a
 * spreadsheet would run as formulas made inert, at most {@value #MAX_ROWS} rows.
 */
public interface SpreadsheetExport {

  /** The most rows one export holds. */
  int MAX_ROWS = 200_000;

  /** The media type of the workbook. */
  String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Writes a workbook.
   *
   * @param out where to
   * @param sheetName the sheet's name
   * @param headers the column titles
   * @param rows the rows: texts, numbers, amounts, dates
   * @return the rows written (fewer than given when over {@link #MAX_ROWS})
   */
  int write(OutputStream out, String sheetName, List<String> headers, Iterable<? extends List<?>> rows);
}
