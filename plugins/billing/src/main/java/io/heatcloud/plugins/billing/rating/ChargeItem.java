package io.heatcloud.plugins.billing.rating;

/** The kinds of receivable lines. */
public enum ChargeItem {
  /** Area charge: billable area × area price (面积热费). */
  AREA,
  /** Base charge of a two-part tariff: billable area × capped base price (基本热费). */
  BASE,
  /** Metered charge: GJ × metered price (计量热费). */
  METERED,
  /** Heat-loss fee of a suspended room: a percentage of the area charge (停供热损费). */
  SUSPENSION,
  /** Quality compensation: a reduction for days below 18 °C (质量补偿). */
  QUALITY,
  /** Waiver (减免). */
  WAIVER,
  /** Subsidy (补贴). */
  SUBSIDY,
  /** Manual adjustment, either sign (调整). */
  MANUAL;

  /**
   * Whether the item is heat actually charged (the base of percentage waivers and subsidies).
   *
   * @return true for area, base and metered charges
   */
  public boolean isHeatCharge() {
    return this == AREA || this == BASE || this == METERED;
  }

  /**
   * Whether the item comes from an adjustment approved by a person.
   *
   * @return true for waivers, subsidies and manual adjustments
   */
  public boolean isAdjustment() {
    return this == WAIVER || this == SUBSIDY || this == MANUAL;
  }
}
