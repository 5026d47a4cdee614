package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.exports.SpreadsheetExport;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.domain.ReceivableLine;
import io.heatcloud.plugins.billing.domain.Season;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Statements of accounts and the arrears of the company, with ageing, totals and Excel export. */
public class ReceivableService {

  private final ModuleContext context;

  /**
   * Creates the service.
   *
   * @param context the company's context
   */
  public ReceivableService(ModuleContext context) {
    this.context = context;
  }

  /**
   * The statement of an account.
   *
   * @param accountId the account
   * @return its seasons, lines, late fees and balance
   */
  public Statement statement(long accountId) {
    context.requirePermission(BillingModule.VIEW);
    AccountSummary account = context.service(AccountDirectory.class).byId(accountId)
        .orElseThrow(() -> new NotFoundException("账户不存在 / no such account: " + accountId));
    return statementOf(account);
  }

  /**
   * The statement of an account by number.
   *
   * @param accountNo the number
   * @return the statement
   */
  public Statement statementByNumber(String accountNo) {
    context.requirePermission(BillingModule.VIEW);
    AccountSummary account = context.service(AccountDirectory.class).byNumber(accountNo == null ? "" : accountNo.trim())
        .orElseThrow(() -> new NotFoundException("账户不存在 / no such account: " + accountNo));
    return statementOf(account);
  }

  /** The statement of an account, without a permission check (callers check). */
  Statement statementOf(AccountSummary account) {
    LocalDate today = LocalDate.now(RunService.ZONE);
    return context.inTransaction(em -> {
      // the lines' key leads with the season: name the company's (few) seasons to read by key
      List<Long> seasons = em.createQuery("SELECT s.id FROM Season s", Long.class).getResultList();
      List<ReceivableLine> lines = seasons.isEmpty() ? List.of() : em.createQuery("SELECT l FROM ReceivableLine l "
              + "WHERE l.seasonId IN :seasons AND l.accountId = :account "
              + "ORDER BY l.seasonId DESC, l.createdAt, l.roomId, l.item, l.ref", ReceivableLine.class)
          .setParameter("seasons", seasons).setParameter("account", account.id()).getResultList();
      Map<Long, List<ReceivableLine>> bySeason = lines.stream()
          .collect(Collectors.groupingBy(ReceivableLine::getSeasonId, java.util.LinkedHashMap::new, Collectors.toList()));
      List<Statement.SeasonPart> parts = new ArrayList<>();
      BigDecimal balance = BigDecimal.ZERO;
      for (Map.Entry<Long, List<ReceivableLine>> entry : bySeason.entrySet()) {
        Season season = em.find(Season.class, entry.getKey());
        BigDecimal charges = BigDecimal.ZERO;
        BigDecimal adjustments = BigDecimal.ZERO;
        for (ReceivableLine line : entry.getValue()) {
          if (line.getItem().isHeatCharge() || line.getItem() == io.heatcloud.plugins.billing.rating.ChargeItem.SUSPENSION) {
            charges = charges.add(line.getAmount());
          } else {
            adjustments = adjustments.add(line.getAmount());
          }
        }
        List<?> fee = em.createNativeQuery("SELECT amount, accrued_through FROM billing_late_fee WHERE account_id = ?1 "
                + "AND season_id = ?2").setParameter(1, account.id()).setParameter(2, season.getId()).getResultList();
        BigDecimal lateFee = fee.isEmpty() ? BigDecimal.ZERO.setScale(2) : (BigDecimal) ((Object[]) fee.get(0))[0];
        LocalDate through = fee.isEmpty() ? null : LateFeeService.toDate(((Object[]) fee.get(0))[1]);
        BigDecimal paid = ((BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM billing_settlement "
                + "WHERE account_id = ?1 AND season_id = ?2").setParameter(1, account.id()).setParameter(2, season.getId())
            .getSingleResult()).setScale(2);
        BigDecimal seasonBalance = charges.add(adjustments).add(lateFee).subtract(paid);
        long overdue = Math.max(0, ChronoUnit.DAYS.between(season.getPaymentDueOn(), today));
        parts.add(new Statement.SeasonPart(season.getId(), season.getCode(), season.getName(), season.getPaymentDueOn(),
            seasonBalance.signum() > 0 ? overdue : 0, entry.getValue(), charges, adjustments, lateFee, through, paid,
            seasonBalance));
        balance = balance.add(seasonBalance);
      }
      parts.sort(java.util.Comparator.comparing(
          (Statement.SeasonPart p) -> em.find(Season.class, p.seasonId()).getStartsOn()).reversed());
      return new Statement(account.id(), account.accountNo(), account.holderName(), account.address(), parts, balance);
    });
  }

  /**
   * The arrears: accounts that owe, largest first, with totals.
   *
   * @param query the filters
   * @param offset rows to skip
   * @param limit rows to return, at most 500
   * @return a page and the totals
   */
  public Arrears arrears(ArrearsQuery query, int offset, int limit) {
    context.requirePermission(BillingModule.VIEW);
    return arrearsOf(query, offset, limit);
  }

  /** The arrears without a permission check (callers check). */
  Arrears arrearsOf(ArrearsQuery query, int offset, int limit) {
    LocalDate today = LocalDate.now(RunService.ZONE);
    return context.inTransaction(em -> {
      String owed = owedSql(query);
      List<?> page = em.createNativeQuery("SELECT account_id, community, usage, " + BUCKETS + ", count(*) OVER () FROM ("
              + owed + ") o GROUP BY account_id, community, usage"
              + " HAVING sum(owed) >= :min"
              + " ORDER BY sum(owed) DESC, account_id LIMIT :limit OFFSET :offset")
          .setParameter("season", query.seasonId() == null ? -1L : query.seasonId())
          .setParameter("today", today)
          .setParameter("community", blank(query.communityCode()) ? "" : query.communityCode())
          .setParameter("usage", blank(query.usageType()) ? "" : query.usageType())
          .setParameter("limit", Math.max(1, Math.min(limit, 500)))
          .setParameter("offset", Math.max(0, offset))
          .setParameter("min", query.minAmount() == null ? BigDecimal.ZERO : query.minAmount())
          .getResultList();
      List<Long> ids = page.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
      Map<Long, AccountSummary> accounts = ids.isEmpty() ? Map.of() : context.service(AccountDirectory.class).byIds(ids);
      List<Arrears.Row> rows = new ArrayList<>();
      long totalRows = 0;
      for (Object row : page) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        AccountSummary account = accounts.get(id);
        rows.add(new Arrears.Row(id, account == null ? "#" + id : account.accountNo(),
            account == null ? "" : account.holderName(), (String) r[1], (String) r[2], buckets(r, 3)));
        totalRows = ((Number) r[10]).longValue();
      }
      List<Arrears.Group> byCommunity = groups(em, owed, "community", query, today);
      List<Arrears.Group> byUsage = groups(em, owed, "usage", query, today);
      Arrears.Buckets total = sum(byCommunity);
      return new Arrears(rows, totalRows, total, byCommunity, byUsage);
    });
  }

  /**
   * Writes the arrears list (every account owing, largest first, up to the export limit) as Excel.
   *
   * @param query the filters
   * @param out where to
   * @return the rows written
   */
  public int exportArrears(ArrearsQuery query, OutputStream out) {
    List<List<?>> rows = new ArrayList<>();
    int pageSize = 500;
    for (int offset = 0; offset < SpreadsheetExport.MAX_ROWS; offset += pageSize) {
      Arrears page = arrears(query, offset, pageSize);
      for (Arrears.Row r : page.rows()) {
        Arrears.Buckets b = r.buckets();
        rows.add(List.of(r.accountNo(), r.holderName(), nz(r.communityCode()), nz(r.usageType()), b.notDue(),
            b.days1to30(), b.days31to90(), b.days91to180(), b.over180(), b.lateFees(), b.owed()));
      }
      if (page.rows().size() < pageSize) {
        break;
      }
    }
    boolean zh = !"en".equals(context.locale().getLanguage());
    List<String> headers = zh
        ? List.of("户号", "户主", "小区", "用途", "未到期", "逾期1-30天", "逾期31-90天", "逾期91-180天", "逾期180天以上", "其中滞纳金", "欠费合计")
        : List.of("Account", "Holder", "Community", "Usage", "Not due", "1-30 days", "31-90 days", "91-180 days",
            "Over 180 days", "Of which late fees", "Owed");
    context.audit().record("billing.arrears.export", "arrears", rows.size() + " rows");
    return context.service(SpreadsheetExport.class).write(out, zh ? "欠费" : "Arrears", headers, rows);
  }

  /** Per account: what it owes by age, late fees and in all. */
  private static final String BUCKETS =
      "sum(CASE WHEN overdue <= 0 THEN owed ELSE 0 END) AS nd, "
          + "sum(CASE WHEN overdue BETWEEN 1 AND 30 THEN owed ELSE 0 END) AS d30, "
          + "sum(CASE WHEN overdue BETWEEN 31 AND 90 THEN owed ELSE 0 END) AS d90, "
          + "sum(CASE WHEN overdue BETWEEN 91 AND 180 THEN owed ELSE 0 END) AS d180, "
          + "sum(CASE WHEN overdue > 180 THEN owed ELSE 0 END) AS o180, sum(late_fee) AS lf, sum(owed) AS ow";

  /** What each account owes per season: lines plus late fee, with days overdue, community and usage. */
  private static String owedSql(ArrearsQuery query) {
    // owed per account and season: principal and late fees, less what payments settled of each
    return "SELECT b.account_id, b.community, b.usage, "
        + "b.principal + COALESCE(f.amount, 0) - COALESCE(p.principal, 0) - COALESCE(p.late_fee, 0) AS owed, "
        + "COALESCE(f.amount, 0) - COALESCE(p.late_fee, 0) AS late_fee, (CAST(:today AS date) - s.payment_due_on) AS overdue "
        + "FROM (SELECT account_id, season_id, sum(amount) AS principal, max(community_code) AS community, "
        + "max(usage_type) AS usage FROM billing_line WHERE (:season < 0 OR season_id = :season) GROUP BY account_id, season_id) b "
        + "JOIN billing_season s ON s.id = b.season_id "
        + "LEFT JOIN billing_late_fee f ON f.account_id = b.account_id AND f.season_id = b.season_id "
        + "LEFT JOIN (SELECT account_id, season_id, sum(amount) FILTER (WHERE item = 'PRINCIPAL') AS principal, "
        + "sum(amount) FILTER (WHERE item = 'LATE_FEE') AS late_fee FROM billing_settlement "
        + "WHERE (:season < 0 OR season_id = :season) GROUP BY account_id, season_id) p "
        + "ON p.account_id = b.account_id AND p.season_id = b.season_id "
        + "WHERE b.principal + COALESCE(f.amount, 0) - COALESCE(p.principal, 0) - COALESCE(p.late_fee, 0) > 0 "
        + "AND (:community = '' OR b.community = :community) AND (:usage = '' OR b.usage = :usage)";
  }

  private List<Arrears.Group> groups(jakarta.persistence.EntityManager em, String owed, String column, ArrearsQuery query,
      LocalDate today) {
    // the account's totals first (the minimum applies to accounts), then grouped
    List<?> rows = em.createNativeQuery("SELECT " + column + ", count(*), sum(nd), sum(d30), sum(d90), sum(d180), "
            + "sum(o180), sum(lf), sum(ow) FROM (SELECT account_id, community, usage, " + BUCKETS + " FROM (" + owed
            + ") o GROUP BY account_id, community, usage"
            + " HAVING sum(owed) >= :min" + ") a GROUP BY " + column
            + " ORDER BY sum(ow) DESC")
        .setParameter("season", query.seasonId() == null ? -1L : query.seasonId())
        .setParameter("today", today)
        .setParameter("community", blank(query.communityCode()) ? "" : query.communityCode())
        .setParameter("usage", blank(query.usageType()) ? "" : query.usageType())
        .setParameter("min", query.minAmount() == null ? BigDecimal.ZERO : query.minAmount())
        .getResultList();
    List<Arrears.Group> groups = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      groups.add(new Arrears.Group(r[0] == null ? "-" : (String) r[0], ((Number) r[1]).longValue(), buckets(r, 2)));
    }
    return groups;
  }

  private static Arrears.Buckets buckets(Object[] r, int from) {
    return Arrears.Buckets.of(money(r[from]), money(r[from + 1]), money(r[from + 2]), money(r[from + 3]),
        money(r[from + 4]), money(r[from + 5]), money(r[from + 6]));
  }

  private static Arrears.Buckets sum(List<Arrears.Group> groups) {
    BigDecimal[] t = new BigDecimal[7];
    java.util.Arrays.fill(t, BigDecimal.ZERO.setScale(2));
    for (Arrears.Group g : groups) {
      Arrears.Buckets b = g.buckets();
      BigDecimal[] v = {b.notDue(), b.days1to30(), b.days31to90(), b.days91to180(), b.over180(), b.lateFees(), b.owed()};
      for (int i = 0; i < 7; i++) {
        t[i] = t[i].add(v[i]);
      }
    }
    return Arrears.Buckets.of(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
  }

  private static BigDecimal money(Object value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) value).setScale(2);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  /**
   * The communities and usage types that appear on lines, for filters.
   *
   * @return community codes and usage types
   */
  public Map<String, List<String>> filterValues() {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> {
      Map<String, List<String>> values = new HashMap<>();
      values.put("communities", em.createNativeQuery("SELECT DISTINCT community_code FROM billing_line WHERE "
          + "community_code IS NOT NULL ORDER BY 1").getResultList().stream().map(String::valueOf).toList());
      values.put("usageTypes", em.createNativeQuery("SELECT DISTINCT usage_type FROM billing_line WHERE "
          + "usage_type IS NOT NULL ORDER BY 1").getResultList().stream().map(String::valueOf).toList());
      return values;
    });
  }

  Optional<Long> accountIdOf(String accountNo) {
    return context.service(AccountDirectory.class).byNumber(accountNo).map(AccountSummary::id);
  }
}
