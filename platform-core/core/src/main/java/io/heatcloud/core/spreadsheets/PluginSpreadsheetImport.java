package io.heatcloud.core.spreadsheets;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.exports.SpreadsheetImport;

/** {@link SpreadsheetImport} for plugins, on the platform's {@link SpreadsheetReader}. */
public final class PluginSpreadsheetImport implements SpreadsheetImport {

  @Override
  public Table read(String fileName, byte[] content) {
    try {
      io.heatcloud.core.spreadsheets.Table table = SpreadsheetReader.read(fileName, content);
      return new Table(table.headers(), table.rows());
    } catch (SpreadsheetException e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }
}
