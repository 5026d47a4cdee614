package io.heatcloud.core.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binary COPY format written for plugins' bulk writes, against hand-worked encodings. */
class BinaryCopyRowsTest {

  /** length, digit count, weight, sign, display scale, base-10 000 digits (most significant first). */
  private static byte[] numeric(int weight, int sign, int dscale, int... digits) {
    ByteBuffer b = ByteBuffer.allocate(12 + 2 * digits.length);
    b.putInt(8 + 2 * digits.length).putShort((short) digits.length).putShort((short) weight).putShort((short) sign)
        .putShort((short) dscale);
    for (int d : digits) {
      b.putShort((short) d);
    }
    return b.array();
  }

  @Test
  void decimalsAreWrittenAsBase10000DigitsAlignedOnThePoint() {
    // 65.440 = 65 | .4400, shown with 3 decimals
    assertArrayEquals(numeric(0, 0, 3, 65, 4400), BinaryCopyRows.numericBytes(new BigDecimal("65.440")));
    // -0.05 = -.0500: one digit of weight -1
    assertArrayEquals(numeric(-1, 0x4000, 2, 500), BinaryCopyRows.numericBytes(new BigDecimal("-0.05")));
    assertArrayEquals(numeric(0, 0, 0, 1000), BinaryCopyRows.numericBytes(new BigDecimal("1E+3")));
    // 10 000: the trailing zero digit is dropped
    assertArrayEquals(numeric(1, 0, 0, 1), BinaryCopyRows.numericBytes(new BigDecimal("10000")));
    assertArrayEquals(numeric(1, 0, 1, 1234, 5678, 9000), BinaryCopyRows.numericBytes(new BigDecimal("12345678.9")));
    // zero keeps its scale and no digits
    assertArrayEquals(numeric(0, 0, 2), BinaryCopyRows.numericBytes(new BigDecimal("0.00")));
    assertArrayEquals(numeric(0, 0x4000, 2, 431, 9000), BinaryCopyRows.numericBytes(new BigDecimal("-431.90")));
    // beyond a long
    assertArrayEquals(numeric(5, 0, 4, 1234, 5678, 9012, 3456, 7890, 1234, 5678),
        BinaryCopyRows.numericBytes(new BigDecimal("123456789012345678901234.5678")));
  }

  @Test
  void rowsHaveAHeaderFieldLengthsNullsAndATrailer() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {42L, "幸福", null, true, LocalDate.of(2000, 1, 2), Instant.parse("2000-01-01T00:00:01Z"), 7});
    byte[] data = BinaryCopyRows.encode(List.of(BinaryCopyRows.Kind.INT8, BinaryCopyRows.Kind.TEXT,
        BinaryCopyRows.Kind.NUMERIC, BinaryCopyRows.Kind.BOOL, BinaryCopyRows.Kind.DATE, BinaryCopyRows.Kind.TIMESTAMPTZ,
        BinaryCopyRows.Kind.INT4), rows);
    ByteBuffer expected = ByteBuffer.allocate(data.length);
    expected.put(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0}).putInt(0).putInt(0);
    expected.putShort((short) 7);
    expected.putInt(8).putLong(42);
    expected.putInt(6).put(new byte[] {(byte) 0xE5, (byte) 0xB9, (byte) 0xB8, (byte) 0xE7, (byte) 0xA6, (byte) 0x8F});
    expected.putInt(-1);
    expected.putInt(1).put((byte) 1);
    expected.putInt(4).putInt(1);
    expected.putInt(8).putLong(1_000_000);
    expected.putInt(4).putInt(7);
    expected.putShort((short) -1);
    assertArrayEquals(expected.array(), data);
  }

  @Test
  void valuesThatDoNotFitTheirColumnAreRefused() {
    List<BinaryCopyRows.Kind> one = List.of(BinaryCopyRows.Kind.INT2);
    assertThrows(IllegalArgumentException.class, () -> BinaryCopyRows.encode(one, List.<Object[]>of(new Object[] {70_000})));
    assertThrows(IllegalArgumentException.class, () -> BinaryCopyRows.encode(one, List.<Object[]>of(new Object[] {1, 2})));
    assertThrows(IllegalArgumentException.class, () -> BinaryCopyRows.kind("shape", "geometry"));
    assertThrows(IllegalArgumentException.class,
        () -> BinaryCopyRows.encode(List.of(BinaryCopyRows.Kind.DATE), List.<Object[]>of(new Object[] {"2026-11-15"})));
  }
}
