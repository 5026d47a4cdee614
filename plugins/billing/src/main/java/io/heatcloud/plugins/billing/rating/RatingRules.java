package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;

/**
 * The company's rules that are not prices.
 *
 * @param suspensionFeePercent the heat-loss fee of a suspended room, as a percentage of its area
 *     charge (0 where the rule abolishes it, as in Shandong)
 * @param qualityBands the quality compensation bands
 */
public record RatingRules(BigDecimal suspensionFeePercent, QualityBands qualityBands) {

  /**
   * Checks the percentage.
   *
   * @param suspensionFeePercent see above
   * @param qualityBands see above
   */
  public RatingRules {
    if (suspensionFeePercent.signum() < 0 || suspensionFeePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("the suspension fee is 0 to 100 percent");
    }
  }
}
