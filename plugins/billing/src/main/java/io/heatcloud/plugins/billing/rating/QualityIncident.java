package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;

/**
 * A room measured below the required temperature for some days, the company at fault.
 *
 * @param id the incident
 * @param roomId the room
 * @param temperature the measured indoor temperature in °C
 * @param days the days it lasted
 */
public record QualityIncident(long id, long roomId, BigDecimal temperature, int days) {}
