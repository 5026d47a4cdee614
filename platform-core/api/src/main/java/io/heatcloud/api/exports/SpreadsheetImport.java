package io.heatcloud.api.exports;

import java.util.List;

/** Reads an uploaded spreadsheet: the first sheet of an .xlsx, or a CSV in UTF-8 (BOM or not) or GBK. */
public interface SpreadsheetImport {

  /**
   * A file read as text cells.
   *
   * @param headers the first row
   * @param rows the following rows, each as long as the headers
   */
  record Table(List<String> headers, List<List<String>> rows) {}

  /**
   * Reads a file.
   *
   * @param fileName its name; the extension (.xlsx, .csv, .txt) decides the format
   * @param content its bytes
   * @return the table
   * @throws io.heatcloud.api.errors.InvalidRequestException when it cannot be read, with the reason
   */
  Table read(String fileName, byte[] content);
}
