package io.heatcloud.core.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx file, or a CSV file in UTF-8 (with or without BOM) or GBK
 * (recognised automatically: what is not valid UTF-8 is read as GBK).
 */
public final class SpreadsheetReader {

  /** The most rows read from one file. */
  public static final int MAX_ROWS = 200_000;

  private static final Charset GBK = Charset.forName("GBK");

  private SpreadsheetReader() {}

  /**
   * Reads a file.
   *
   * @param fileName its name, whose extension decides the format
   * @param content its bytes
   * @return the table
   * @throws SpreadsheetException when the file cannot be read, with the reason
   */
  public static Table read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return xlsx(content);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return csv(decode(content));
    }
    throw new SpreadsheetException("只支持 .xlsx 和 .csv 文件 / only .xlsx and .csv files are accepted");
  }

  /**
   * Decodes CSV bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), GBK otherwise.
   *
   * @param content the bytes
   * @return the text
   */
  public static String decode(byte[] content) {
    int offset = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return new String(content, GBK);
    }
  }

  private static Table csv(String text) {
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
      List<String> headers = null;
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(c -> cells.add(c.trim()));
        if (headers == null) {
          headers = cells;
          continue;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        rows.add(pad(cells, headers.size()));
        if (rows.size() > MAX_ROWS) {
          throw new SpreadsheetException("文件超过 " + MAX_ROWS + " 行 / more than " + MAX_ROWS + " rows");
        }
      }
      if (headers == null) {
        throw new SpreadsheetException("文件是空的 / the file is empty");
      }
      return new Table(headers, rows);
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new SpreadsheetException("CSV 文件无法读取 / the CSV file cannot be read: " + e.getMessage());
    }
  }

  private static Table xlsx(byte[] content) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<String> headers = null;
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        int last = headers == null ? row.getLastCellNum() : headers.size();
        for (int i = 0; i < Math.max(last, 0); i++) {
          cells.add(text(row.getCell(i), formatter));
        }
        if (headers == null) {
          headers = cells;
          continue;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        rows.add(pad(cells, headers.size()));
        if (rows.size() > MAX_ROWS) {
          throw new SpreadsheetException("文件超过 " + MAX_ROWS + " 行 / more than " + MAX_ROWS + " rows");
        }
      }
      if (headers == null) {
        throw new SpreadsheetException("文件是空的 / the file is empty");
      }
      return new Table(headers, rows);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SpreadsheetException s) {
        throw s;
      }
      throw new SpreadsheetException("Excel 文件无法读取 / the Excel file cannot be read: " + e.getMessage());
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return formatter.formatCellValue(cell).trim();
  }

  private static List<String> pad(List<String> cells, int size) {
    List<String> padded = new ArrayList<>(cells.subList(0, Math.min(cells.size(), size)));
    while (padded.size() < size) {
      padded.add("");
    }
    return padded;
  }
}
