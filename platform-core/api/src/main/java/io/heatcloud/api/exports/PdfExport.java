package io.heatcloud.api.exports;

import java.io.OutputStream;
import java.util.List;

/**
 * Prints a simple document (a receipt, a notice) as PDF the platform's way: A5 or A4, Chinese text
 * in the standard CJK font (STSong-Light, which every PDF reader provides), a title, label-value
 * fields, one table and notes.
 */
public interface PdfExport {

  /**
   * A label and its value.
   *
   * @param label the label
   * @param value the value
   */
  record Field(String label, String value) {}

  /**
   * What to print.
   *
   * @param title the title, e.g. 收款收据
   * @param subtitle a line under it, e.g. the company's name
   * @param fields label-value pairs, two per row
   * @param headers the table's headers, or empty for no table
   * @param rows the table's rows
   * @param notes lines at the bottom
   */
  record Document(String title, String subtitle, List<Field> fields, List<String> headers, List<List<String>> rows,
      List<String> notes) {}

  /**
   * Writes a document.
   *
   * @param out where to
   * @param document what
   */
  void write(OutputStream out, Document document);
}
