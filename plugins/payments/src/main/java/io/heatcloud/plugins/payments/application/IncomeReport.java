package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.exports.SpreadsheetExport;
import io.heatcloud.plugins.payments.PaymentsModule;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Receipts into the company's central collection account per business day and channel: what came
 * in, what went back (refunds and reversals) and the net. Income only: the platform books no
 * spending, so the collection account's line stays apart from any expenditure.
 */
public class IncomeReport {

  private final ModuleContext context;

  /**
   * Binds the report to a company.
   *
   * @param context the payments module's context
   */
  public IncomeReport(ModuleContext context) {
    this.context = context;
  }

  /**
   * A day's income through one channel's source.
   *
   * @param day the business day
   * @param channel COUNTER, BANK or ONLINE
   * @param source the method: CASH, CARD, TRANSFER, the bank or the gateway
   * @param receipts payments received
   * @param received their sum, yuan
   * @param returns refunds and reversals
   * @param returned their sum, yuan (positive)
   * @param net received less returned
   */
  public record Row(LocalDate day, String channel, String source, long receipts, BigDecimal received, long returns,
      BigDecimal returned, BigDecimal net) {}

  /**
   * The report of a period.
   *
   * @param from the first day
   * @param to the last day (at most 366 days after the first)
   * @return one row per day, channel and source, in that order
   */
  public List<Row> rows(LocalDate from, LocalDate to) {
    context.requirePermission(PaymentsModule.VIEW);
    if (from == null || to == null || to.isBefore(from) || from.plusDays(366).isBefore(to)) {
      throw new InvalidRequestException("期间无效（最长一年）/ the period is invalid (at most a year)");
    }
    return context.inTransaction(em -> {
      List<Row> rows = new ArrayList<>();
      for (Object row : em.createNativeQuery("SELECT business_date, channel, method, "
              + "count(*) FILTER (WHERE kind = 'PAYMENT'), COALESCE(sum(amount) FILTER (WHERE kind = 'PAYMENT'), 0), "
              + "count(*) FILTER (WHERE kind <> 'PAYMENT'), COALESCE(-sum(amount) FILTER (WHERE kind <> 'PAYMENT'), 0), "
              + "sum(amount) FROM pay_payment WHERE business_date BETWEEN ?1 AND ?2 AND kind <> 'APPLY' "
              + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
          .setParameter(1, from).setParameter(2, to).getResultList()) {
        Object[] r = (Object[]) row;
        rows.add(new Row(PaymentService.toDate(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
            money(r[4]), ((Number) r[5]).longValue(), money(r[6]), money(r[7])));
      }
      return rows;
    });
  }

  /**
   * The report as an Excel workbook.
   *
   * @param from the first day
   * @param to the last day
   * @param out where to write it
   * @return rows written
   */
  public int export(LocalDate from, LocalDate to, OutputStream out) {
    List<List<?>> rows = new ArrayList<>();
    for (Row r : rows(from, to)) {
      rows.add(List.of(r.day().toString(), r.channel(), r.source(), r.receipts(), r.received(), r.returns(), r.returned(),
          r.net()));
    }
    boolean zh = !"en".equals(context.locale().getLanguage());
    List<String> headers = zh
        ? List.of("日期", "渠道", "方式/机构", "收款笔数", "收款金额", "退款笔数", "退款金额", "净收入")
        : List.of("Day", "Channel", "Source", "Receipts", "Received", "Returns", "Returned", "Net");
    context.audit().record("payments.income.export", "income:" + from + ".." + to, rows.size() + " rows");
    return context.service(SpreadsheetExport.class).write(out, zh ? "收入日报" : "Income", headers, rows);
  }

  private static BigDecimal money(Object value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) value).setScale(2);
  }
}
