package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: two decimals, rounded half-up once per line. */
public final class Money {

  /** Decimals of an amount: the fen. */
  public static final int SCALE = 2;

  /** The one rounding rule of the module. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Zero yuan. */
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Money() {}

  /**
   * Rounds an exact amount to the fen, half-up.
   *
   * @param exact the exact amount
   * @return the line amount
   */
  public static BigDecimal round(BigDecimal exact) {
    return exact.setScale(SCALE, ROUNDING);
  }

  /**
   * Divides and rounds to the fen in one step (for day fractions such as 60/121).
   *
   * @param numerator the exact numerator
   * @param divisor the divisor
   * @return the rounded quotient
   */
  public static BigDecimal divide(BigDecimal numerator, long divisor) {
    return numerator.divide(BigDecimal.valueOf(divisor), SCALE, ROUNDING);
  }
}
