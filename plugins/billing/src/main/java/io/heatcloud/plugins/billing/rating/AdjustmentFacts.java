package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;

/**
 * An approved waiver, subsidy or manual adjustment of an account's season.
 *
 * @param id the adjustment
 * @param kind WAIVER, SUBSIDY or MANUAL
 * @param amount a fixed amount in yuan (a reduction for waivers and subsidies whatever its sign;
 *     signed for manual adjustments), or null
 * @param percent a percentage of the season's heat charges (waivers and subsidies), or null
 */
public record AdjustmentFacts(long id, ChargeItem kind, BigDecimal amount, BigDecimal percent) {

  /**
   * Checks the kind and that exactly one of amount and percent is given.
   *
   * @param id see above
   * @param kind see above
   * @param amount see above
   * @param percent see above
   */
  public AdjustmentFacts {
    if (kind == null || !kind.isAdjustment()) {
      throw new IllegalArgumentException("an adjustment is a WAIVER, SUBSIDY or MANUAL");
    }
    if ((amount == null) == (percent == null)) {
      throw new IllegalArgumentException("give either an amount or a percentage");
    }
    if (percent != null && (kind == ChargeItem.MANUAL || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("a percentage is for waivers and subsidies, from 0 to 100");
    }
  }
}
