package io.heatcloud.core.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

  @Test
  void readsCsvInUtf8WithBomAndInGbk() {
    String text = "小区编码,户主\nXQ01,张伟\n";
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    byte[] gbk = text.getBytes(Charset.forName("GBK"));
    for (byte[] content : List.of(bom, gbk)) {
      Table table = SpreadsheetReader.read("x.csv", content);
      assertEquals(List.of("小区编码", "户主"), table.headers());
      assertEquals(List.of(List.of("XQ01", "张伟")), table.rows());
    }
  }

  @Test
  void writesAndReadsBackExcelWithFormulasNeutralised() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SpreadsheetWriter writer = new SpreadsheetWriter("账户", List.of("户号", "金额", "日期", "备注"))) {
      writer.row(List.of("YTRLXQ0100001", new BigDecimal("2200.00"), LocalDate.of(2026, 11, 15), "=HYPERLINK(\"x\")"));
      writer.write(out);
    }
    Table table = SpreadsheetReader.read("a.xlsx", out.toByteArray());
    assertEquals(List.of("户号", "金额", "日期", "备注"), table.headers());
    assertEquals(List.of("YTRLXQ0100001", "2200", "2026-11-15", "'=HYPERLINK(\"x\")"), table.rows().get(0));
  }

  @Test
  void refusesOtherFormats() {
    assertThrows(SpreadsheetException.class, () -> SpreadsheetReader.read("x.xls", new byte[] {1, 2}));
    assertThrows(SpreadsheetException.class, () -> SpreadsheetReader.read("x.xlsx", new byte[] {1, 2}));
  }
}
