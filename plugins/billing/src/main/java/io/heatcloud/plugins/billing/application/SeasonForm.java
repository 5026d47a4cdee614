package io.heatcloud.plugins.billing.application;

import java.time.LocalDate;

/**
 * A season as entered.
 *
 * @param code e.g. 2026-2027
 * @param name e.g. 2026-2027 采暖季
 * @param startsOn the first heating day
 * @param endsOn the last heating day
 * @param paymentDueOn the payment deadline
 * @param suspensionApplyBy the last day to apply for a suspension
 */
public record SeasonForm(String code, String name, LocalDate startsOn, LocalDate endsOn, LocalDate paymentDueOn,
    LocalDate suspensionApplyBy) {}
