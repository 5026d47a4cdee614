package io.heatcloud.core.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes Excel exports, streaming (a bounded window of rows in memory), so large lists export
 * without exhausting the heap. Texts that a spreadsheet would run as a formula ({@code =}, {@code
 * +}, {@code -}, {@code @}, tab, carriage return at the start) are prefixed with an apostrophe.
 * Amounts are written as numbers with two decimals; dates as {@code yyyy-MM-dd}.
 */
public final class SpreadsheetWriter implements AutoCloseable {

  /** The most rows one export holds (Excel's limit is 1 048 576). */
  public static final int MAX_ROWS = io.heatcloud.api.exports.SpreadsheetExport.MAX_ROWS;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
  private final Sheet sheet;
  private final CellStyle money;
  private final CellStyle bold;
  private int next;

  /**
   * Starts a sheet with a header row.
   *
   * @param sheetName the sheet's name
   * @param headers the column titles
   */
  public SpreadsheetWriter(String sheetName, List<String> headers) {
    sheet = workbook.createSheet(sheetName);
    money = workbook.createCellStyle();
    money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(bold);
    }
  }

  /**
   * Appends a row.
   *
   * @param values the cells: texts, numbers, BigDecimal amounts, dates
   * @return false when the export is full and the row was not written
   */
  public boolean row(List<?> values) {
    if (next > MAX_ROWS) {
      return false;
    }
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      Cell cell = row.createCell(i);
      if (value == null) {
        cell.setBlank();
      } else if (value instanceof BigDecimal amount) {
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date.toString());
      } else if (value instanceof TemporalAccessor time) {
        cell.setCellValue(DateTimeFormatter.ISO_INSTANT.format(time));
      } else {
        cell.setCellValue(neutralise(value.toString()));
      }
    }
    return true;
  }

  /**
   * Writes the workbook.
   *
   * @param out where to
   */
  public void write(OutputStream out) {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes a text inert for spreadsheets: a leading formula character gets an apostrophe.
   *
   * @param text the text
   * @return the safe text
   */
  public static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
