package io.heatcloud.core.indicators;

import io.heatcloud.api.indicators.IndicatorDefinition;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator of one company.
 *
 * @param company the company code
 * @param definition what the indicator is
 * @param value its value, null when the computation failed
 * @param weight its weight for weighted roll-ups
 * @param error why it failed, or null
 */
public record IndicatorResult(
    String company, IndicatorDefinition definition, BigDecimal value, BigDecimal weight, String error)
    implements Serializable {}
