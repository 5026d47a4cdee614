package io.heatcloud.api.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A computed indicator.
 *
 * @param code the indicator's code
 * @param value the exact value
 * @param weight the weight for {@link IndicatorDefinition.RollUp#WEIGHTED_AVERAGE} (e.g. the
 *     receivable amount behind a collection rate), {@link BigDecimal#ONE} otherwise
 */
public record IndicatorValue(String code, BigDecimal value, BigDecimal weight)
    implements Serializable {

  /**
   * Checks the parts.
   *
   * @param code see the record component
   * @param value see the record component
   * @param weight see the record component
   */
  public IndicatorValue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(weight, "weight");
  }

  /**
   * A value with weight one.
   *
   * @param code the code
   * @param value the value
   * @return the indicator value
   */
  public static IndicatorValue of(String code, BigDecimal value) {
    return new IndicatorValue(code, value, BigDecimal.ONE);
  }
}
