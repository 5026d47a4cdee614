package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The prices of one usage type in a season, as in force on the billing day.
 *
 * @param usageType the usage type (or usage category) they apply to
 * @param areaPrice yuan per billable m² per season
 * @param meteredPrice yuan per GJ (metered rooms)
 * @param basePrice yuan per billable m² per season, the base charge of metered rooms
 * @param baseCapRatio the most the base price may be, as a share of the area price (Shandong: 0.30)
 * @param billableFraction the share of the heated area that is billed (1.00 = all)
 */
public record TariffRate(
    String usageType,
    BigDecimal areaPrice,
    BigDecimal meteredPrice,
    BigDecimal basePrice,
    BigDecimal baseCapRatio,
    BigDecimal billableFraction) {

  /**
   * Checks the values.
   *
   * @param usageType see above
   * @param areaPrice see above
   * @param meteredPrice see above
   * @param basePrice see above
   * @param baseCapRatio see above
   * @param billableFraction see above
   */
  public TariffRate {
    Objects.requireNonNull(usageType, "usageType");
    requireNonNegative(areaPrice, "areaPrice");
    requireNonNegative(meteredPrice, "meteredPrice");
    requireNonNegative(basePrice, "basePrice");
    requireNonNegative(baseCapRatio, "baseCapRatio");
    requireNonNegative(billableFraction, "billableFraction");
    if (baseCapRatio.compareTo(BigDecimal.ONE) > 0 || billableFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("ratios are at most 1");
    }
  }

  /**
   * The base price actually charged: the configured base price, capped at {@code baseCapRatio} of
   * the area price (the cap rounded to the fen, as prices are).
   *
   * @return yuan per billable m²
   */
  public BigDecimal effectiveBasePrice() {
    BigDecimal cap = Money.round(areaPrice.multiply(baseCapRatio));
    return basePrice.min(cap);
  }

  /**
   * The billable area of a room.
   *
   * @param heatedArea the heated area in m²
   * @return heated area × billable fraction, exact
   */
  public BigDecimal billable(BigDecimal heatedArea) {
    return heatedArea.multiply(billableFraction);
  }

  private static void requireNonNegative(BigDecimal value, String name) {
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException(name + " must be zero or more");
    }
  }
}
