package io.heatcloud.api.customers;

import java.io.Serializable;

/**
 * A usage type of the company: built in or its own.
 *
 * @param code the code, e.g. {@code RESIDENTIAL}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param category RESIDENTIAL, NON_RESIDENTIAL or LOW_INCOME
 */
public record UsageTypeSummary(String code, String nameZh, String nameEn, String category) implements Serializable {}
