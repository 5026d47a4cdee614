package io.heatcloud.core.spreadsheets;

import io.heatcloud.api.exports.SpreadsheetExport;
import java.io.OutputStream;
import java.util.List;

/** {@link SpreadsheetExport} for plugins, on the platform's {@link SpreadsheetWriter}. */
public final class PluginSpreadsheetExport implements SpreadsheetExport {

  @Override
  public int write(OutputStream out, String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
    int written = 0;
    try (SpreadsheetWriter writer = new SpreadsheetWriter(sheetName, headers)) {
      for (List<?> row : rows) {
        if (!writer.row(row)) {
          break;
        }
        written++;
      }
      writer.write(out);
    }
    return written;
  }
}
