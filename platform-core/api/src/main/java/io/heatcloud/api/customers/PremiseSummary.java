package io.heatcloud.api.customers;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A room of the customer archive as plugins see it: where it is, what is billed.
 *
 * @param roomId the room's id
 * @param accountId the account it belongs to
 * @param premiseCode its premise code (coding rule of the group)
 * @param communityCode the community's code
 * @param communityName the community's name
 * @param building the building's number
 * @param unit the unit's number
 * @param roomNo the room's number
 * @param buildingArea the building area in m²
 * @param heatedArea the heated (billable) area in m²
 * @param usageType the usage type code
 * @param usageCategory the usage type's category: RESIDENTIAL, NON_RESIDENTIAL or LOW_INCOME
 * @param heatingMode AREA or METERED
 * @param valveState OPEN, CLOSED or RESTRICTED
 * @param meterSerial the heat meter's serial, null for area-billed rooms
 */
public record PremiseSummary(
    long roomId,
    long accountId,
    String premiseCode,
    String communityCode,
    String communityName,
    String building,
    String unit,
    String roomNo,
    BigDecimal buildingArea,
    BigDecimal heatedArea,
    String usageType,
    String usageCategory,
    String heatingMode,
    String valveState,
    String meterSerial)
    implements Serializable {}
