/**
 * Spreadsheets the platform's way, offered to plugins: lists written as Excel workbooks
 * ({@link io.heatcloud.api.exports.SpreadsheetExport}) and uploaded .xlsx or CSV files (UTF-8 or
 * GBK) read as tables ({@link io.heatcloud.api.exports.SpreadsheetImport}).
 */
package io.heatcloud.api.exports;
