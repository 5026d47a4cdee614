package io.heatcloud.plugins.billing.application;

import io.heatcloud.plugins.billing.domain.ReceivableLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's statement: per season, its lines, the late fee and the balance.
 *
 * @param accountId the account
 * @param accountNo its number
 * @param holderName the holder
 * @param address the address
 * @param seasons the seasons with lines, latest first
 * @param balance what the account owes over all seasons
 */
public record Statement(long accountId, String accountNo, String holderName, String address, List<SeasonPart> seasons,
    BigDecimal balance) {

  /**
   * One season of a statement.
   *
   * @param seasonId the season
   * @param seasonCode its code
   * @param seasonName its name
   * @param paymentDueOn the payment deadline
   * @param overdueDays days past the deadline (0 when not due)
   * @param lines the lines, oldest first
   * @param charges the sum of charges (heat, suspension fees)
   * @param adjustments the sum of reductions and adjustments (quality, waivers, subsidies, manual)
   * @param lateFee the late fee so far
   * @param lateFeeThrough the day the late fee is accrued to, or null
   * @param balance charges + adjustments + late fee
   */
  public record SeasonPart(long seasonId, String seasonCode, String seasonName, LocalDate paymentDueOn, long overdueDays,
      List<ReceivableLine> lines, BigDecimal charges, BigDecimal adjustments, BigDecimal lateFee,
      LocalDate lateFeeThrough, BigDecimal paid, BigDecimal balance) {}
}
