package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.exports.SpreadsheetImport;
import io.heatcloud.api.payments.GatewayException;
import io.heatcloud.api.payments.PaymentGateway;
import io.heatcloud.plugins.payments.PaymentsModule;
import io.heatcloud.plugins.payments.domain.PaymentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Daily reconciliation of one channel's source (an online gateway, or a bank) against its statement:
 * entries matched by the channel's transaction id; differences listed as missing on the platform,
 * missing at the channel, or of another amount; each resolved by an operator with a reason (post
 * the missing payment, reverse the entry the channel never had, or accept); the day closes only
 * when every difference is resolved. Reconciling an open day again keeps what was resolved.
 */
public class ReconciliationService {

  private final ModuleContext context;

  /**
   * Binds the service to a company.
   *
   * @param context the payments module's context
   */
  public ReconciliationService(ModuleContext context) {
    this.context = context;
  }

  /**
   * A reconciled day.
   *
   * @param id the reconciliation
   * @param channel ONLINE or BANK
   * @param source the gateway or bank
   * @param day the day
   * @param status OPEN or CLOSED
   * @param platformCount the platform's entries
   * @param platformAmount their sum
   * @param channelCount the statement's lines
   * @param channelAmount their sum
   * @param matched entries found on both sides with the same amount
   * @param unresolved differences not resolved yet
   * @param items the differences
   */
  public record Day(long id, String channel, String source, LocalDate day, String status, int platformCount,
      BigDecimal platformAmount, int channelCount, BigDecimal channelAmount, int matched, int unresolved,
      List<Item> items) {}

  /**
   * A difference.
   *
   * @param id the item
   * @param kind MISSING_IN_PLATFORM, MISSING_IN_CHANNEL or AMOUNT_MISMATCH
   * @param reference the channel's transaction id
   * @param orderNo the online order, if any
   * @param accountNo the account, if known
   * @param paymentId the platform's entry, if any
   * @param platformAmount the platform's amount
   * @param channelAmount the channel's amount
   * @param resolution POSTED, REVERSED or ACCEPTED once resolved
   * @param reason the operator's reason
   * @param resolvedBy who resolved it
   */
  public record Item(long id, String kind, String reference, String orderNo, String accountNo, Long paymentId,
      BigDecimal platformAmount, BigDecimal channelAmount, String resolution, String reason, String resolvedBy) {}

  private record Line(String reference, String orderNo, String accountNo, BigDecimal amount) {}

  private record Entry(long paymentId, String reference, String accountNo, BigDecimal amount) {}

  /**
   * Reconciles a gateway's day against its statement, downloaded from the gateway.
   *
   * @param gatewayId the gateway
   * @param day the day
   * @return the reconciled day
   */
  public Day reconcileGateway(String gatewayId, LocalDate day) {
    context.requirePermission(PaymentsModule.RECONCILE);
    PaymentGateway gateway = new OnlineService(context).gateway(gatewayId);
    List<Line> lines = new ArrayList<>();
    try {
      for (PaymentGateway.StatementLine l : gateway.statement(checkDay(day))) {
        lines.add(new Line(l.transactionId(), l.orderNo(), null, l.amount()));
      }
    } catch (GatewayException e) {
      throw new ProblemException(502, "gateway-unavailable", "无法下载对账单 / the statement cannot be downloaded: "
          + e.getMessage(), List.of());
    }
    List<Entry> entries = entries("ONLINE", gateway.id(), day, "p.channel_ref IS NOT NULL");
    return reconcile("ONLINE", gateway.id(), day, lines, entries);
  }

  /**
   * Reconciles a bank's day against the bank's statement file (the collection file format).
   *
   * @param bank the bank's code
   * @param day the day
   * @param fileName the statement's file name
   * @param content the statement
   * @return the reconciled day
   */
  public Day reconcileBank(String bank, LocalDate day, String fileName, byte[] content) {
    context.requirePermission(PaymentsModule.RECONCILE);
    if (bank == null || !bank.matches("[A-Za-z0-9]{2,12}")) {
      throw new InvalidRequestException("银行代码为 2 至 12 位字母或数字 / the bank code has 2 to 12 letters or digits");
    }
    String code = bank.toUpperCase(Locale.ROOT);
    checkDay(day);
    if (content == null || content.length == 0 || content.length > BankFileImport.MAX_BYTES) {
      throw new InvalidRequestException("对账文件为空或超过 20 MB / the statement is empty or larger than 20 MB");
    }
    SpreadsheetImport.Table table = context.service(SpreadsheetImport.class).read(fileName, content);
    List<Line> lines = new ArrayList<>();
    for (BankFileImport.Line l : BankFileImport.lines(table)) {
      if (!day.equals(BankFileImport.parseDate(l.date()))) {
        continue;
      }
      lines.add(new Line(l.bankRef(), null, l.accountNo(), BankFileImport.parseAmount(l.amount())));
    }
    List<Entry> entries = entries("BANK", code, day, "p.kind = 'PAYMENT'");
    return reconcile("BANK", code, day, lines, entries);
  }

  /**
   * A reconciled day.
   *
   * @param id the reconciliation
   * @return it, with its differences
   */
  public Day day(long id) {
    context.requirePermission(PaymentsModule.VIEW);
    return load(id);
  }

  /**
   * The reconciliations of a period, newest first.
   *
   * @param from the first day
   * @param to the last day
   * @return their summaries (without items)
   */
  public List<Day> days(LocalDate from, LocalDate to) {
    context.requirePermission(PaymentsModule.VIEW);
    List<?> ids = context.inTransaction(em -> em.createNativeQuery("SELECT id FROM pay_recon WHERE day BETWEEN ?1 AND ?2 "
        + "ORDER BY day DESC, channel, source").setParameter(1, from).setParameter(2, to).getResultList());
    return ids.stream().map(id -> load(((Number) id).longValue())).toList();
  }

  /**
   * Resolves a difference.
   *
   * @param itemId the difference
   * @param action POST (a payment missing on the platform), REVERSE (an entry the channel does not
   *     have) or ACCEPT (explained otherwise)
   * @param reason why, required
   * @return the day afterwards
   */
  public Day resolve(long itemId, String action, String reason) {
    context.requirePermission(PaymentsModule.RECONCILE);
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("请填写处理原因 / a reason is required");
    }
    Object[] row = context.inTransaction(em -> {
      List<?> rows = em.createNativeQuery("SELECT i.recon_id, i.kind, i.reference, i.order_no, i.account_no, i.payment_id, "
              + "i.channel_amount, i.resolution, r.status, r.channel, r.source, r.day FROM pay_recon_item i "
              + "JOIN pay_recon r ON r.id = i.recon_id WHERE i.id = ?1").setParameter(1, itemId).getResultList();
      if (rows.isEmpty()) {
        throw new NotFoundException("差异不存在 / no such difference: " + itemId);
      }
      return (Object[]) rows.get(0);
    });
    long reconId = ((Number) row[0]).longValue();
    String kind = (String) row[1];
    if (row[7] != null || "CLOSED".equals(row[8])) {
      throw new ConflictException("该差异已处理 / this difference was resolved already");
    }
    String resolution;
    switch (action == null ? "" : action) {
      case "POST" -> {
        BigDecimal amount = (BigDecimal) row[6];
        if (!"MISSING_IN_PLATFORM".equals(kind) || amount == null || amount.signum() <= 0) {
          throw new UnprocessableException("只能补记渠道有而平台没有的收款 / only a payment missing on the platform can be posted");
        }
        LocalDate day = PaymentService.toDate(row[11]);
        if ("ONLINE".equals(row[9])) {
          OnlineService online = new OnlineService(context);
          online.apply(online.gateway((String) row[10]), new PaymentGateway.GatewayEvent((String) row[3],
              PaymentGateway.OrderState.PAID, (String) row[2], amount, day));
        } else {
          new PaymentService(context).postFromChannel("BANK:" + row[10], new PaymentRequest((String) row[4], amount, "BANK",
              (String) row[10], (String) row[2], "对账补记 / posted by reconciliation"), user(), day);
        }
        resolution = "POSTED";
      }
      case "REVERSE" -> {
        if (!"MISSING_IN_CHANNEL".equals(kind) || row[5] == null) {
          throw new UnprocessableException("只能冲正渠道没有的平台收款 / only an entry the channel does not have can be reversed");
        }
        new PaymentService(context).refund(((Number) row[5]).longValue(), "RECON-" + itemId, PaymentKind.REVERSAL,
            new RefundRequest(null, "对账冲正 / reconciliation: " + reason.strip()), false);
        resolution = "REVERSED";
      }
      case "ACCEPT" -> resolution = "ACCEPTED";
      default -> throw new InvalidRequestException("处理方式为 POST、REVERSE 或 ACCEPT / the action is POST, REVERSE or ACCEPT");
    }
    String by = user();
    context.transaction(em -> em.createNativeQuery("UPDATE pay_recon_item SET resolution = ?2, reason = ?3, resolved_by = ?4, "
            + "resolved_at = now() WHERE id = ?1 AND resolution IS NULL").setParameter(1, itemId).setParameter(2, resolution)
        .setParameter(3, reason.strip().length() > 200 ? reason.strip().substring(0, 200) : reason.strip())
        .setParameter(4, by).executeUpdate());
    context.audit().record("payments.recon.resolve", "recon-item:" + itemId, kind + " " + row[2] + " " + resolution
        + ": " + reason.strip());
    return load(reconId);
  }

  /**
   * Closes a day whose differences are all resolved.
   *
   * @param reconId the reconciliation
   * @return the closed day
   */
  public Day close(long reconId) {
    context.requirePermission(PaymentsModule.RECONCILE);
    Day day = load(reconId);
    if ("CLOSED".equals(day.status())) {
      return day;
    }
    if (day.unresolved() > 0) {
      throw new UnprocessableException("还有 " + day.unresolved() + " 笔差异未处理，不能关账 / " + day.unresolved()
          + " differences are not resolved; the day cannot close");
    }
    String by = user();
    context.transaction(em -> em.createNativeQuery("UPDATE pay_recon SET status = 'CLOSED', closed_by = ?2, closed_at = now() "
        + "WHERE id = ?1 AND status = 'OPEN'").setParameter(1, reconId).setParameter(2, by).executeUpdate());
    context.audit().record("payments.recon.close", "recon:" + reconId, day.channel() + "/" + day.source() + " " + day.day());
    return load(reconId);
  }

  // --- the comparison --------------------------------------------------------------------------

  private Day reconcile(String channel, String source, LocalDate day, List<Line> lines, List<Entry> entries) {
    Map<String, Entry> platform = new LinkedHashMap<>();
    entries.forEach(e -> platform.put(e.reference(), e));
    Map<String, Line> statement = new LinkedHashMap<>();
    lines.forEach(l -> statement.merge(l.reference(), l, (a, b) -> new Line(a.reference(), a.orderNo(), a.accountNo(),
        a.amount().add(b.amount()))));
    List<Object[]> differences = new ArrayList<>();
    int matched = 0;
    for (Line line : statement.values()) {
      Entry entry = platform.get(line.reference());
      if (entry == null) {
        differences.add(new Object[] {"MISSING_IN_PLATFORM", line.reference(), line.orderNo(), line.accountNo(), null,
            null, line.amount()});
      } else if (entry.amount().compareTo(line.amount()) != 0) {
        differences.add(new Object[] {"AMOUNT_MISMATCH", line.reference(), line.orderNo(), entry.accountNo(),
            entry.paymentId(), entry.amount(), line.amount()});
      } else {
        matched++;
      }
    }
    for (Entry entry : platform.values()) {
      if (!statement.containsKey(entry.reference())) {
        differences.add(new Object[] {"MISSING_IN_CHANNEL", entry.reference(), null, entry.accountNo(), entry.paymentId(),
            entry.amount(), null});
      }
    }
    BigDecimal platformAmount = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    BigDecimal channelAmount = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    int matchedCount = matched;
    String by = user();
    long id = context.inTransaction(em -> {
      List<?> existing = em.createNativeQuery("SELECT id, status FROM pay_recon WHERE channel = ?1 AND source = ?2 "
          + "AND day = ?3 FOR UPDATE").setParameter(1, channel).setParameter(2, source).setParameter(3, day).getResultList();
      long reconId;
      if (existing.isEmpty()) {
        reconId = ((Number) em.createNativeQuery("INSERT INTO pay_recon (channel, source, day, status, platform_count, "
                + "platform_amount, channel_count, channel_amount, matched_count, run_by, run_at) VALUES (?1, ?2, ?3, 'OPEN', "
                + "?4, ?5, ?6, ?7, ?8, ?9, now()) RETURNING id")
            .setParameter(1, channel).setParameter(2, source).setParameter(3, day).setParameter(4, entries.size())
            .setParameter(5, platformAmount).setParameter(6, lines.size()).setParameter(7, channelAmount)
            .setParameter(8, matchedCount).setParameter(9, by).getSingleResult()).longValue();
      } else {
        Object[] r = (Object[]) existing.get(0);
        reconId = ((Number) r[0]).longValue();
        if ("CLOSED".equals(r[1])) {
          throw new ConflictException("该日已关账 / this day is closed");
        }
        em.createNativeQuery("UPDATE pay_recon SET platform_count = ?2, platform_amount = ?3, channel_count = ?4, "
                + "channel_amount = ?5, matched_count = ?6, run_by = ?7, run_at = now() WHERE id = ?1")
            .setParameter(1, reconId).setParameter(2, entries.size()).setParameter(3, platformAmount)
            .setParameter(4, lines.size()).setParameter(5, channelAmount).setParameter(6, matchedCount)
            .setParameter(7, by).executeUpdate();
        em.createNativeQuery("DELETE FROM pay_recon_item WHERE recon_id = ?1 AND resolution IS NULL")
            .setParameter(1, reconId).executeUpdate();
      }
      for (Object[] d : differences) {
        // absent values travel as sentinels (NULLIF / flags): untyped null parameters have no SQL type
        em.createNativeQuery("INSERT INTO pay_recon_item (recon_id, kind, reference, order_no, account_no, payment_id, "
                + "platform_amount, channel_amount) VALUES (?1, ?2, ?3, NULLIF(?4, ''), NULLIF(?5, ''), NULLIF(?6, -1), "
                + "CASE WHEN ?9 THEN ?7 END, CASE WHEN ?10 THEN ?8 END) ON CONFLICT DO NOTHING")
            .setParameter(1, reconId).setParameter(2, d[0]).setParameter(3, d[1])
            .setParameter(4, d[2] == null ? "" : d[2]).setParameter(5, d[3] == null ? "" : d[3])
            .setParameter(6, d[4] == null ? -1L : ((Number) d[4]).longValue())
            .setParameter(7, d[5] == null ? BigDecimal.ZERO : d[5]).setParameter(8, d[6] == null ? BigDecimal.ZERO : d[6])
            .setParameter(9, d[5] != null).setParameter(10, d[6] != null).executeUpdate();
      }
      return reconId;
    });
    context.audit().record("payments.recon.run", "recon:" + id, channel + "/" + source + " " + day + ": " + matched
        + " matched, " + differences.size() + " differences");
    return load(id);
  }

  private List<Entry> entries(String channel, String source, LocalDate day, String condition) {
    return context.inTransaction(em -> {
      List<Entry> entries = new ArrayList<>();
      for (Object row : em.createNativeQuery("SELECT p.id, p.channel_ref, p.account_no, p.amount FROM pay_payment p "
              + "WHERE p.channel = ?1 AND p.method = ?2 AND p.business_date = ?3 AND " + condition + " ORDER BY p.id")
          .setParameter(1, channel).setParameter(2, source).setParameter(3, day).getResultList()) {
        Object[] r = (Object[]) row;
        String reference = r[1] == null ? "#" + r[0] : (String) r[1];
        entries.add(new Entry(((Number) r[0]).longValue(), reference, (String) r[2], (BigDecimal) r[3]));
      }
      return entries;
    });
  }

  private Day load(long id) {
    return context.inTransaction(em -> {
      List<?> rows = em.createNativeQuery("SELECT id, channel, source, day, status, platform_count, platform_amount, "
          + "channel_count, channel_amount, matched_count FROM pay_recon WHERE id = ?1").setParameter(1, id).getResultList();
      if (rows.isEmpty()) {
        throw new NotFoundException("对账记录不存在 / no such reconciliation: " + id);
      }
      Object[] r = (Object[]) rows.get(0);
      List<Item> items = new ArrayList<>();
      int unresolved = 0;
      for (Object row : em.createNativeQuery("SELECT id, kind, reference, order_no, account_no, payment_id, platform_amount, "
          + "channel_amount, resolution, reason, resolved_by FROM pay_recon_item WHERE recon_id = ?1 ORDER BY id")
          .setParameter(1, id).getResultList()) {
        Object[] i = (Object[]) row;
        items.add(new Item(((Number) i[0]).longValue(), (String) i[1], (String) i[2], (String) i[3], (String) i[4],
            i[5] == null ? null : ((Number) i[5]).longValue(), (BigDecimal) i[6], (BigDecimal) i[7], (String) i[8],
            (String) i[9], (String) i[10]));
        if (i[8] == null) {
          unresolved++;
        }
      }
      return new Day(((Number) r[0]).longValue(), (String) r[1], (String) r[2], PaymentService.toDate(r[3]),
          (String) r[4], ((Number) r[5]).intValue(), (BigDecimal) r[6], ((Number) r[7]).intValue(), (BigDecimal) r[8],
          ((Number) r[9]).intValue(), unresolved, items);
    });
  }

  private static LocalDate checkDay(LocalDate day) {
    if (day == null || day.isAfter(PaymentService.today())) {
      throw new InvalidRequestException("对账日期不能晚于今天 / the day must not be after today");
    }
    return day;
  }

  private String user() {
    return context.user().map(UserInfo::username).orElse("system");
  }
}
