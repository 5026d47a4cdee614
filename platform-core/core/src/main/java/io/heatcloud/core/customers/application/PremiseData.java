package io.heatcloud.core.customers.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A room as entered or imported, with its place in the tree.
 *
 * @param communityCode the community's code
 * @param building the building's number
 * @param unit the unit's number
 * @param roomNo the room's number
 * @param buildingArea building area in m²
 * @param heatedArea heated (billable) area in m²
 * @param usageType the usage type code
 * @param heatingMode AREA (default) or METERED
 * @param meterSerial the heat meter's serial (metered rooms)
 * @param valveState OPEN (default), CLOSED or RESTRICTED
 */
public record PremiseData(
    String communityCode,
    String building,
    String unit,
    String roomNo,
    BigDecimal buildingArea,
    BigDecimal heatedArea,
    String usageType,
    String heatingMode,
    String meterSerial,
    String valveState)
    implements Serializable {}
