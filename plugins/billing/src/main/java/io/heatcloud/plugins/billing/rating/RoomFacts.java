package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What billing needs to know of one room for a season.
 *
 * @param roomId the room
 * @param communityCode its community, kept on the lines for reports
 * @param usageType its usage type code
 * @param usageCategory the category of the usage type (the fallback tariff)
 * @param heatedArea the heated area in m²
 * @param metered whether the room is billed on the two-part tariff (base + metered)
 * @param consumptionGj the season's metered heat, null while the readings are incomplete
 * @param suspended whether an approved suspension covers the season
 * @param resumedOn the day heating resumed after a suspension, or null
 */
public record RoomFacts(
    long roomId,
    String communityCode,
    String usageType,
    String usageCategory,
    BigDecimal heatedArea,
    boolean metered,
    BigDecimal consumptionGj,
    boolean suspended,
    LocalDate resumedOn) {

  /**
   * The heated days of the season.
   *
   * @param season the season
   * @return all days, none while suspended, or the days from the resumption
   */
  public int heatedDays(SeasonPeriod season) {
    if (!suspended) {
      return season.days();
    }
    return resumedOn == null ? 0 : season.daysFrom(resumedOn);
  }
}
