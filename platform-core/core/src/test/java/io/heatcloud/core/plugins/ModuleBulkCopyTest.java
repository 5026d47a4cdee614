package io.heatcloud.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The COPY text format written for plugins' bulk writes. */
class ModuleBulkCopyTest {

  private static String text(Object value) {
    StringBuilder text = new StringBuilder();
    ModuleBulkCopy.append(text, value);
    return text.toString();
  }

  @Test
  void decimalsAreWrittenExactlyInPlainNotation() {
    assertEquals("65.440", text(new BigDecimal("65.440")));
    assertEquals("-431.90", text(new BigDecimal("-431.90")));
    assertEquals("0.005", text(new BigDecimal("0.005")));
    assertEquals("-0.05", text(new BigDecimal("-0.05")));
    assertEquals("1000", text(new BigDecimal("1E+3")));
    assertEquals("12", text(new BigDecimal("12")));
    assertEquals("123456789012345678901234.5678", text(new BigDecimal("123456789012345678901234.5678")));
  }

  @Test
  void textsAreEscapedAndNullsMarked() {
    assertEquals("\\N", text(null));
    assertEquals("a\\tb\\\\c\\nd", text("a\tb\\c\nd"));
    assertEquals("幸福花园", text("幸福花园"));
    assertEquals("42", text(42L));
    assertEquals("t", text(true));
    assertEquals("2026-11-15", text(LocalDate.of(2026, 11, 15)));
  }
}
