package io.heatcloud.api.indicators;

import io.heatcloud.api.LocalizedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator of the group's catalogue.
 *
 * @param code e.g. {@code notices.active}
 * @param name the indicator's name
 * @param unit the unit, e.g. {@code %}, {@code GJ/m²}, or an empty text for counts
 * @param rollUp how values of several companies combine
 */
public record IndicatorDefinition(String code, LocalizedText name, String unit, RollUp rollUp)
    implements Serializable {

  /**
   * Checks the parts.
   *
   * @param code see the record component
   * @param name see the record component
   * @param unit see the record component
   * @param rollUp see the record component
   */
  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rollUp, "rollUp");
  }

  /** How values of several companies combine into a regional or group figure. */
  public enum RollUp {
    /** Add them up (counts, amounts). */
    SUM,
    /** Weighted average by the weight each value carries (rates). */
    WEIGHTED_AVERAGE
  }
}
