/**
 * The billing rules, in pure Java with no I/O: what an account owes for a season ({@link Rating}),
 * how much heat a meter measured over a season ({@link MeterConsumption}) and how late fees accrue
 * ({@link LateFeeRule}).
 *
 * <p><b>Rounding rule.</b> Every amount is exact ({@link java.math.BigDecimal}) until it becomes a
 * line: each line is computed from its exact factors in one expression and rounded once, to the
 * fen (2 decimals), half-up ({@link Money#round}). Sums of lines are sums of rounded lines.
 */
package io.heatcloud.plugins.billing.rating;
