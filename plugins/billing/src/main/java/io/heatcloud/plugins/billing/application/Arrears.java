package io.heatcloud.plugins.billing.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Open receivables by age: what is owed, split by days past the payment deadline.
 *
 * @param rows accounts, largest first (one page)
 * @param totalRows accounts that owe, over all pages
 * @param total the sum over every account owing
 * @param byCommunity totals per community
 * @param byUsageType totals per usage type
 */
public record Arrears(List<Row> rows, long totalRows, Buckets total, List<Group> byCommunity, List<Group> byUsageType) {

  /**
   * Amounts by age.
   *
   * @param notDue not yet due
   * @param days1to30 1-30 days overdue
   * @param days31to90 31-90 days
   * @param days91to180 91-180 days
   * @param over180 more than 180 days
   * @param lateFees late fees included above
   * @param overdue everything past the deadline
   * @param owed everything owed
   */
  public record Buckets(BigDecimal notDue, BigDecimal days1to30, BigDecimal days31to90, BigDecimal days91to180,
      BigDecimal over180, BigDecimal lateFees, BigDecimal overdue, BigDecimal owed) {

    /**
     * Buckets with the overdue sum.
     *
     * @param notDue not yet due
     * @param days1to30 1-30 days overdue
     * @param days31to90 31-90 days
     * @param days91to180 91-180 days
     * @param over180 more than 180 days
     * @param lateFees late fees included
     * @param owed everything owed
     * @return the buckets
     */
    public static Buckets of(BigDecimal notDue, BigDecimal days1to30, BigDecimal days31to90, BigDecimal days91to180,
        BigDecimal over180, BigDecimal lateFees, BigDecimal owed) {
      return new Buckets(notDue, days1to30, days31to90, days91to180, over180, lateFees, owed.subtract(notDue), owed);
    }
  }

  /**
   * An account that owes.
   *
   * @param accountId the account
   * @param accountNo its number
   * @param holderName its holder
   * @param communityCode its community
   * @param usageType its usage type
   * @param buckets what it owes by age
   */
  public record Row(long accountId, String accountNo, String holderName, String communityCode, String usageType,
      Buckets buckets) {}

  /**
   * A total of a group of accounts.
   *
   * @param key the community or usage type
   * @param accounts accounts that owe
   * @param buckets their sums by age
   */
  public record Group(String key, long accounts, Buckets buckets) {}
}
