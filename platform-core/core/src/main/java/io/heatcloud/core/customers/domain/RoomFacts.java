package io.heatcloud.core.customers.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What is known of a room for heating and billing.
 *
 * @param buildingArea the building area in m²
 * @param heatedArea the heated (billable) area in m², at most the building area
 * @param usageType a usage type code ({@code RESIDENTIAL}, {@code NON_RESIDENTIAL}, {@code
 *     LOW_INCOME} or a company's own)
 * @param heatingMode area-billed or metered
 * @param meterSerial the heat meter's serial, required for metered rooms
 * @param valveState the valve
 */
public record RoomFacts(
    BigDecimal buildingArea,
    BigDecimal heatedArea,
    String usageType,
    HeatingMode heatingMode,
    String meterSerial,
    ValveState valveState)
    implements Serializable {}
