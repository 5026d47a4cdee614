package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.persistence.BulkCopy;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.rating.LateFeeRule;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Accrues late fees up to a day, season by season, for every account whose season is past its
 * payment deadline, in chunks of accounts, one transaction each. Accounts already accrued to the
 * day are skipped, so running twice for a day changes nothing and an interrupted run resumes.
 */
public class LateFeeService {

  private static final int CHUNK = 5000;
  private static final List<String> COLUMNS =
      List.of("account_id", "season_id", "principal_days", "accrued_through", "amount");

  private final ModuleContext context;

  /**
   * Creates the service.
   *
   * @param context the company's context
   */
  public LateFeeService(ModuleContext context) {
    this.context = context;
  }

  /**
   * What an accrual did.
   *
   * @param day the day accrued to
   * @param accounts account-seasons accrued
   * @param total the late fees of those account-seasons afterwards
   */
  public record Outcome(LocalDate day, long accounts, BigDecimal total) {}

  /**
   * Accrues late fees to a day (the scheduled job: yesterday).
   *
   * @param through the last day to charge, not after today
   * @return what was done
   */
  public Outcome accrue(LocalDate through) {
    if (context.user().isPresent()) {
      context.requirePermission(BillingModule.MANAGE);
    }
    if (through == null || through.isAfter(LocalDate.now(RunService.ZONE))) {
      throw new InvalidRequestException("计至日期不能晚于今天 / the day must not be after today");
    }
    LateFeeRule rule = BillingSettings.lateFees(context.settings());
    long accounts = 0;
    BigDecimal total = BigDecimal.ZERO;
    if (rule.dailyRate().signum() == 0) {
      return new Outcome(through, 0, total);
    }
    List<Season> seasons = context.inTransaction(em -> em.createQuery("SELECT s FROM Season s ORDER BY s.startsOn",
        Season.class).getResultList());
    for (Season season : seasons) {
      if (through.isBefore(rule.firstFeeDay(season.getPaymentDueOn()))) {
        continue;
      }
      long after = 0;
      while (true) {
        long from = after;
        Chunk chunk = context.inTransaction(em -> {
          List<?> rows = em.createNativeQuery("SELECT b.account_id, b.principal, f.principal_days, f.accrued_through, "
                  + "f.amount, b.principal - COALESCE((SELECT sum(t.amount) FROM billing_settlement t WHERE "
                  + "t.account_id = b.account_id AND t.season_id = ?1 AND t.item = 'PRINCIPAL'), 0) "
                  + "FROM (SELECT account_id, sum(amount) AS principal FROM billing_line WHERE season_id = ?1 "
                  + "AND account_id > ?2 GROUP BY account_id ORDER BY account_id LIMIT " + CHUNK + ") b "
                  + "LEFT JOIN billing_late_fee f ON f.account_id = b.account_id AND f.season_id = ?1 ORDER BY b.account_id")
              .setParameter(1, season.getId()).setParameter(2, from).getResultList();
          List<Object[]> updated = new ArrayList<>();
          long last = from;
          BigDecimal sum = BigDecimal.ZERO;
          for (Object row : rows) {
            Object[] r = (Object[]) row;
            long account = ((Number) r[0]).longValue();
            last = account;
            BigDecimal principal = (BigDecimal) r[1];
            LocalDate accruedThrough = r[3] == null ? null : toDate(r[3]);
            if (accruedThrough != null && !accruedThrough.isBefore(through)) {
              continue;
            }
            LateFeeRule.Accrual before = accruedThrough == null ? LateFeeRule.Accrual.NONE
                : new LateFeeRule.Accrual((BigDecimal) r[2], accruedThrough, (BigDecimal) r[4]);
            // the overdue principal: billed less what payments settled; the billed amount is the cap's base
            BigDecimal overdue = (BigDecimal) r[5];
            LateFeeRule.Accrual after1 = rule.accrue(before, overdue, principal, season.getPaymentDueOn(), through);
            if (after1 == before || after1.accruedThrough() == null) {
              continue;
            }
            updated.add(new Object[] {account, season.getId(), after1.principalDays(), after1.accruedThrough(),
                after1.amount()});
            sum = sum.add(after1.amount());
          }
          if (!updated.isEmpty()) {
            long first = (Long) updated.get(0)[0];
            long lastUpdated = (Long) updated.get(updated.size() - 1)[0];
            em.createNativeQuery("DELETE FROM billing_late_fee WHERE season_id = ?1 AND account_id BETWEEN ?2 AND ?3 "
                    + "AND accrued_through < ?4")
                .setParameter(1, season.getId()).setParameter(2, first).setParameter(3, lastUpdated)
                .setParameter(4, through).executeUpdate();
            context.service(BulkCopy.class).copy("billing_late_fee", COLUMNS, updated);
          }
          return new Chunk(rows.size(), last, updated.size(), sum);
        });
        accounts += chunk.updated();
        total = total.add(chunk.sum());
        if (chunk.read() < CHUNK) {
          break;
        }
        after = chunk.last();
      }
    }
    if (accounts > 0) {
      context.audit().record("billing.latefee.accrue", "day:" + through, accounts + " account-seasons, " + total + " yuan");
    }
    return new Outcome(through, accounts, total);
  }

  private record Chunk(int read, long last, int updated, BigDecimal sum) {}

  static LocalDate toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    return ((Date) value).toLocalDate();
  }
}
