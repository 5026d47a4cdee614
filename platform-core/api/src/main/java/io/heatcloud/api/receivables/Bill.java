package io.heatcloud.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's bill for one season, as a customer sees it.
 *
 * @param seasonId the season
 * @param seasonCode its code
 * @param seasonName its name
 * @param dueOn the payment deadline
 * @param charges heating, base and suspension charges, yuan
 * @param adjustments waivers, subsidies, compensations and corrections, yuan (usually negative)
 * @param lateFee late fees accrued, yuan
 * @param paid what payments settled, yuan
 * @param balance what remains to pay, yuan
 * @param lines the charge lines
 */
public record Bill(
    long seasonId,
    String seasonCode,
    String seasonName,
    LocalDate dueOn,
    BigDecimal charges,
    BigDecimal adjustments,
    BigDecimal lateFee,
    BigDecimal paid,
    BigDecimal balance,
    List<Line> lines) {

  /**
   * A line of a bill.
   *
   * @param item the charge item code (AREA, BASE, METERED, SUSPENSION, WAIVER, ...)
   * @param basis how it was computed, e.g. "85.50 m² × 22.00"
   * @param amount yuan
   */
  public record Line(String item, String basis, BigDecimal amount) {}
}
