package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Late fees: a daily rate on the overdue principal from the day after the payment deadline plus
 * the grace days, never on late fees themselves (no compounding), capped at a share of what was
 * billed for the season. The daily job adds each day's principal to a running sum of
 * principal-days, so the fee is {@code min(round(principal-days × rate), round(billed × cap))}:
 * one rounding, and payments lower the principal from the day they arrive.
 *
 * @param dailyRate the rate per day, e.g. 0.002 (2‰); 0 turns late fees off
 * @param graceDays days after the payment deadline before fees start
 * @param capRatio the most the fee may reach, as a share of the season's billed amount
 */
public record LateFeeRule(BigDecimal dailyRate, int graceDays, BigDecimal capRatio) {

  /**
   * Checks the values.
   *
   * @param dailyRate see above
   * @param graceDays see above
   * @param capRatio see above
   */
  public LateFeeRule {
    if (dailyRate.signum() < 0 || dailyRate.compareTo(new BigDecimal("0.01")) > 0) {
      throw new IllegalArgumentException("the daily rate is 0 to 0.01");
    }
    if (graceDays < 0 || capRatio.signum() < 0) {
      throw new IllegalArgumentException("grace days and cap are zero or more");
    }
  }

  /**
   * The state of an account's late fee for a season.
   *
   * @param principalDays the sum over charged days of the overdue principal (yuan-days)
   * @param accruedThrough the last day accrued, or null before the first
   * @param amount the fee so far
   */
  public record Accrual(BigDecimal principalDays, LocalDate accruedThrough, BigDecimal amount) {

    /** Nothing accrued. */
    public static final Accrual NONE = new Accrual(BigDecimal.ZERO, null, Money.ZERO);
  }

  /**
   * The first day that bears a fee.
   *
   * @param dueDate the payment deadline
   * @return the day after the deadline and the grace days
   */
  public LocalDate firstFeeDay(LocalDate dueDate) {
    return dueDate.plusDays(graceDays + 1L);
  }

  /**
   * Accrues up to and including a day. Accruing twice to the same day changes nothing.
   *
   * @param before the state so far
   * @param principal the overdue principal now (charges less payments, without late fees)
   * @param billed what was billed for the season (the base of the cap)
   * @param dueDate the payment deadline
   * @param through the day to accrue to
   * @return the new state
   */
  public Accrual accrue(Accrual before, BigDecimal principal, BigDecimal billed, LocalDate dueDate, LocalDate through) {
    LocalDate from = firstFeeDay(dueDate);
    if (before.accruedThrough() != null && !before.accruedThrough().isBefore(from)) {
      from = before.accruedThrough().plusDays(1);
    }
    if (through.isBefore(from)) {
      return before;
    }
    long days = ChronoUnit.DAYS.between(from, through) + 1;
    BigDecimal owed = principal.signum() > 0 ? principal : BigDecimal.ZERO;
    BigDecimal principalDays = before.principalDays().add(owed.multiply(BigDecimal.valueOf(days)));
    return new Accrual(principalDays, through, fee(principalDays, billed));
  }

  /**
   * The fee for a sum of principal-days.
   *
   * @param principalDays yuan-days
   * @param billed the season's billed amount
   * @return the fee, capped, rounded to the fen
   */
  public BigDecimal fee(BigDecimal principalDays, BigDecimal billed) {
    BigDecimal fee = Money.round(principalDays.multiply(dailyRate));
    BigDecimal cap = Money.round(billed.max(BigDecimal.ZERO).multiply(capRatio));
    return fee.min(cap);
  }
}
