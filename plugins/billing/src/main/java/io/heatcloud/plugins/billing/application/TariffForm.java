package io.heatcloud.plugins.billing.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tariff row as entered.
 *
 * @param usageType a usage type or category code
 * @param effectiveFrom the first day it applies
 * @param areaPrice yuan per m² per season
 * @param meteredPrice yuan per GJ
 * @param basePrice yuan per m², base charge of metered rooms
 * @param baseCapRatio the cap of the base price, share of the area price (0.30)
 * @param billableFraction the billed share of the heated area (1.00)
 * @param note why: the price document
 */
public record TariffForm(String usageType, LocalDate effectiveFrom, BigDecimal areaPrice, BigDecimal meteredPrice,
    BigDecimal basePrice, BigDecimal baseCapRatio, BigDecimal billableFraction, String note) {}
