package io.heatcloud.core.indicators;

import io.heatcloud.api.indicators.IndicatorDefinition;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An indicator combined over several companies.
 *
 * @param definition what the indicator is
 * @param value the sum, or the weighted average (4 decimals, half-up)
 * @param companies how many companies contributed
 */
public record RolledUpIndicator(IndicatorDefinition definition, BigDecimal value, int companies)
    implements Serializable {}
