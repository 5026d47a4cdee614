package io.heatcloud.api.customers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A heat meter reading: the meter's cumulative register on a day.
 *
 * @param roomId the room
 * @param readOn the day
 * @param readingGj the register in GJ
 */
public record MeterReadingSummary(long roomId, LocalDate readOn, BigDecimal readingGj) implements Serializable {}
