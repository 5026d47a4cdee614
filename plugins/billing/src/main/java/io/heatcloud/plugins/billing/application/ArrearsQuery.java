package io.heatcloud.plugins.billing.application;

import java.math.BigDecimal;

/**
 * Filters of the arrears list.
 *
 * @param seasonId one season, or null for all
 * @param communityCode one community, or null
 * @param usageType one usage type, or null
 * @param minAmount the least an account owes to be listed, or null
 */
public record ArrearsQuery(Long seasonId, String communityCode, String usageType, BigDecimal minAmount) {

  /** No filter. */
  public static final ArrearsQuery ALL = new ArrearsQuery(null, null, null, null);
}
