package io.heatcloud.core.spreadsheets;

import java.util.List;

/**
 * The rows of an uploaded sheet: a header row and data rows, every cell as trimmed text.
 *
 * @param headers the first row
 * @param rows the data rows, each as long as the header
 */
public record Table(List<String> headers, List<List<String>> rows) {}
