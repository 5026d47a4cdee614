package io.heatcloud.plugins.payments.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in Chinese capital numerals (大写金额), as receipts and invoices print them: 贰仟贰佰元整,
 * 壹仟零玖拾元玖角壹分. Zeros inside a number are read once (零), trailing zeros not at all.
 */
public final class ChineseAmount {

  private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
  private static final String[] SMALL = {"", "拾", "佰", "仟"};
  private static final String[] LARGE = {"", "万", "亿", "万亿"};

  private ChineseAmount() {}

  /**
   * Writes an amount in capitals.
   *
   * @param amount yuan, at most 2 decimals (rounded half-up to the fen otherwise), below 10^16
   * @return the capitals, with 负 before a negative amount
   */
  public static String of(BigDecimal amount) {
    BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
    String sign = value.signum() < 0 ? "负" : "";
    value = value.abs();
    long yuan = value.longValue();
    int fen = value.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValue();
    int jiao = fen / 10;
    fen = fen % 10;
    StringBuilder text = new StringBuilder(sign);
    if (yuan > 0) {
      text.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && fen == 0) {
      if (yuan == 0) {
        text.append("零元");
      }
      return text.append('整').toString();
    }
    if (jiao > 0) {
      text.append(DIGITS[jiao]).append('角');
    } else if (yuan > 0) {
      text.append('零');
    }
    if (fen > 0) {
      text.append(DIGITS[fen]).append('分');
    } else {
      text.append('整');
    }
    return text.toString();
  }

  private static String integer(long value) {
    StringBuilder text = new StringBuilder();
    int group = 0;
    boolean pendingZero = false;
    while (value > 0) {
      int part = (int) (value % 10_000);
      if (part > 0) {
        String chunk = chunk(part) + LARGE[group];
        if (pendingZero) {
          chunk = chunk + "零";
        }
        text.insert(0, chunk);
        pendingZero = part < 1000;
      } else if (text.length() > 0) {
        pendingZero = true;
      }
      value /= 10_000;
      group++;
    }
    String result = text.toString();
    return result.startsWith("零") ? result.substring(1) : result;
  }

  /** 1..9999 without leading zero handling beyond the inner zeros. */
  private static String chunk(int part) {
    StringBuilder text = new StringBuilder();
    boolean zero = false;
    for (int position = 3; position >= 0; position--) {
      int digit = part / (int) Math.pow(10, position) % 10;
      if (digit == 0) {
        zero = text.length() > 0;
        continue;
      }
      if (zero) {
        text.append('零');
        zero = false;
      }
      text.append(DIGITS[digit]).append(SMALL[position]);
    }
    return text.toString();
  }
}
