package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.receivables.Ageing;
import io.heatcloud.api.receivables.Bill;
import io.heatcloud.api.receivables.OpenItem;
import io.heatcloud.api.receivables.ReceivableItem;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.api.receivables.SeasonCollection;
import io.heatcloud.api.receivables.Settlement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The billing module's receivables ledger offered to other modules: per account and season, the
 * principal billed (charges and adjustments) and the late fees accrued, less what was settled.
 */
public class BillingReceivables implements Receivables {

  /**
   * What one account was billed and has settled, per season it has lines in. Driven by the seasons
   * (few): each reads its lines by the lines' key (season, account), the late fee by its key, the
   * settlements in one grouped read by account; no plan may scan the lines of other accounts.
   */
  private static final String OWED =
      "SELECT s.id, s.code, s.name, s.payment_due_on, s.starts_on, l.billed, COALESCE(f.amount, 0), "
          + "COALESCE(t.principal, 0), COALESCE(t.late_fee, 0) FROM billing_season s "
          + "CROSS JOIN LATERAL (SELECT sum(b.amount) AS billed FROM billing_line b WHERE b.season_id = s.id "
          + "AND b.account_id = ?1) l "
          + "LEFT JOIN billing_late_fee f ON f.account_id = ?1 AND f.season_id = s.id "
          + "LEFT JOIN (SELECT season_id, sum(amount) FILTER (WHERE item = 'PRINCIPAL') AS principal, "
          + "sum(amount) FILTER (WHERE item = 'LATE_FEE') AS late_fee FROM billing_settlement WHERE account_id = ?1 "
          + "GROUP BY season_id) t ON t.season_id = s.id "
          + "WHERE l.billed IS NOT NULL ORDER BY s.starts_on, s.id";

  private final ModuleContext context;

  /**
   * Binds the ledger to a company.
   *
   * @param context the billing module's context
   */
  public BillingReceivables(ModuleContext context) {
    this.context = context;
  }

  @Override
  public List<OpenItem> openItems(long accountId) {
    return context.inTransaction(em -> openItems(positions(em, accountId)));
  }

  private static List<OpenItem> openItems(Map<Long, Position> positions) {
    List<OpenItem> items = new ArrayList<>();
    for (Position p : positions.values()) {
      BigDecimal principal = p.billed.subtract(p.settledPrincipal);
      if (principal.signum() > 0) {
        items.add(new OpenItem(p.seasonId, p.code, p.name, p.dueOn, ReceivableItem.PRINCIPAL, principal));
      }
      BigDecimal fee = p.lateFee.subtract(p.settledLateFee);
      if (fee.signum() > 0) {
        items.add(new OpenItem(p.seasonId, p.code, p.name, p.dueOn, ReceivableItem.LATE_FEE, fee));
      }
    }
    return items;
  }

  @Override
  public void settle(long accountId, String reference, List<Settlement> settlements) {
    checkReference(reference);
    if (settlements.isEmpty()) {
      return;
    }
    context.transaction(em -> {
      lockSettlements(em, accountId);
      record(em, accountId, reference, settlements, positions(em, accountId));
    });
  }

  @Override
  public Settling settleOpenItems(long accountId, java.util.function.Function<List<OpenItem>, Settling> decision) {
    return context.inTransaction(em -> {
      lockSettlements(em, accountId);
      Map<Long, Position> positions = positions(em, accountId);
      Settling settling = decision.apply(openItems(positions));
      checkReference(settling.reference());
      record(em, accountId, settling.reference(), settling.settlements(), positions);
      return settling;
    });
  }

  private static void checkReference(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 64) {
      throw new InvalidRequestException("结算参考号必须为 1 至 64 个字符 / a settlement reference has 1 to 64 characters");
    }
  }

  /** One account's settlements one after another: two payments cannot both settle one debt. */
  private static void lockSettlements(EntityManager em, long accountId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':settle:' || ?1, 0))")
        .setParameter(1, accountId).getSingleResult();
  }

  /** Checks settlements against the positions read under the lock, and records them. */
  private static void record(EntityManager em, long accountId, String reference, List<Settlement> settlements,
      Map<Long, Position> positions) {
    Map<String, BigDecimal> pending = new HashMap<>();
    for (Settlement s : settlements) {
      if (s.amount() == null || s.amount().signum() == 0 || s.amount().scale() > 2 || s.item() == null) {
        throw new InvalidRequestException("结算金额必须非零且最多两位小数 / a settlement amount is non-zero with at most 2 decimals");
      }
      Position p = positions.get(s.seasonId());
      if (p == null) {
        throw new UnprocessableException("该账户在采暖季 " + s.seasonId() + " 没有应收 / the account has no receivable in season "
            + s.seasonId());
      }
      String key = s.seasonId() + ":" + s.item();
      BigDecimal total = pending.merge(key, s.amount(), BigDecimal::add);
      BigDecimal owed = s.item() == ReceivableItem.PRINCIPAL ? p.billed : p.lateFee;
      BigDecimal settled = s.item() == ReceivableItem.PRINCIPAL ? p.settledPrincipal : p.settledLateFee;
      if (total.signum() > 0 && settled.add(total).compareTo(owed) > 0) {
        throw new UnprocessableException("结算金额 " + total + " 超过 " + p.code + " 的未结金额 " + owed.subtract(settled)
            + " / settling " + total + " exceeds what is owed on " + p.code + " " + s.item() + ": " + owed.subtract(settled));
      }
      if (total.signum() < 0 && settled.add(total).signum() < 0) {
        throw new UnprocessableException("冲回金额 " + total.negate() + " 超过已结金额 " + settled
            + " / taking back " + total.negate() + " exceeds what was settled: " + settled);
      }
    }
    for (Map.Entry<String, BigDecimal> e : pending.entrySet()) {
      if (e.getValue().signum() == 0) {
        continue;
      }
      String[] key = e.getKey().split(":");
      try {
        em.createNativeQuery("INSERT INTO billing_settlement (account_id, season_id, item, reference, amount) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)")
            .setParameter(1, accountId).setParameter(2, Long.parseLong(key[0])).setParameter(3, key[1])
            .setParameter(4, reference).setParameter(5, e.getValue()).executeUpdate();
      } catch (PersistenceException ex) {
        if (!String.valueOf(rootMessage(ex)).contains("uq_settlement")) {
          throw ex;
        }
        throw new ConflictException("结算参考号 " + reference + " 已使用 / the settlement reference " + reference
            + " was used already");
      }
    }
  }

  @Override
  public java.util.Set<Long> owing(java.util.Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return java.util.Set.of();
    }
    String ids = accountIds.stream().map(id -> Long.toString(id)).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    return context.inTransaction(em -> {
      java.util.Set<Long> result = new java.util.HashSet<>();
      // per account, season and item (principal, late fee): what was charged less what was settled
      for (Object id : em.createNativeQuery("WITH a AS (SELECT unnest(CAST(?1 AS bigint[])) AS account_id), "
              + "owed AS (SELECT l.account_id, l.season_id, 'PRINCIPAL' AS item, l.amount FROM a "
              + "CROSS JOIN billing_season s JOIN billing_line l ON l.season_id = s.id AND l.account_id = a.account_id "
              + "UNION ALL SELECT f.account_id, f.season_id, 'LATE_FEE', f.amount FROM billing_late_fee f "
              + "JOIN a ON a.account_id = f.account_id "
              + "UNION ALL SELECT t.account_id, t.season_id, t.item, -t.amount FROM billing_settlement t "
              + "JOIN a ON a.account_id = t.account_id) "
              + "SELECT DISTINCT account_id FROM (SELECT account_id FROM owed GROUP BY account_id, season_id, item "
              + "HAVING sum(amount) > 0) o")
          .setParameter(1, ids).getResultList()) {
        result.add(((Number) id).longValue());
      }
      return result;
    });
  }

  @Override
  public List<Settlement> settlementsOf(long accountId, String reference) {
    return context.inTransaction(em -> em.createNativeQuery("SELECT season_id, item, amount FROM billing_settlement "
            + "WHERE account_id = ?1 AND reference = ?2 ORDER BY id").setParameter(1, accountId).setParameter(2, reference)
        .getResultList().stream().map(row -> {
          Object[] r = (Object[]) row;
          return new Settlement(((Number) r[0]).longValue(), ReceivableItem.valueOf((String) r[1]), (BigDecimal) r[2]);
        }).toList());
  }

  @Override
  public List<Bill> bills(long accountId) {
    AccountSummary account = context.service(AccountDirectory.class).byId(accountId).orElse(null);
    if (account == null) {
      return List.of();
    }
    Statement statement = new ReceivableService(context).statementOf(account);
    List<Bill> bills = new ArrayList<>();
    for (Statement.SeasonPart part : statement.seasons()) {
      List<Bill.Line> lines = part.lines().stream()
          .map(l -> new Bill.Line(l.getItem().name(), l.getBasis(), l.getAmount())).toList();
      bills.add(new Bill(part.seasonId(), part.seasonCode(), part.seasonName(), part.paymentDueOn(), part.charges(),
          part.adjustments(), part.lateFee(), part.paid(), part.balance(), lines));
    }
    return bills;
  }

  @Override
  public Ageing ageing() {
    Arrears arrears = new ReceivableService(context).arrearsOf(ArrearsQuery.ALL, 0, 1);
    Arrears.Buckets b = arrears.total();
    long accounts = arrears.byCommunity().stream().mapToLong(Arrears.Group::accounts).sum();
    return new Ageing(b.notDue(), b.days1to30(), b.days31to90(), b.days91to180(), b.over180(), b.lateFees(), b.owed(),
        accounts);
  }

  @Override
  public List<SeasonCollection> collection() {
    return context.inTransaction(em -> {
      List<?> rows = em.createNativeQuery("SELECT s.id, s.code, s.name, "
              + "(SELECT count(DISTINCT account_id) FROM billing_line l WHERE l.season_id = s.id), "
              + "(SELECT COALESCE(sum(amount), 0) FROM billing_line l WHERE l.season_id = s.id), "
              + "(SELECT COALESCE(sum(amount), 0) FROM billing_late_fee f WHERE f.season_id = s.id), "
              + "(SELECT COALESCE(sum(amount), 0) FROM billing_settlement t WHERE t.season_id = s.id AND t.item = 'PRINCIPAL'), "
              + "(SELECT COALESCE(sum(amount), 0) FROM billing_settlement t WHERE t.season_id = s.id AND t.item = 'LATE_FEE'), "
              + "(SELECT count(*) FROM (SELECT l.account_id FROM billing_line l WHERE l.season_id = s.id GROUP BY l.account_id "
              + "HAVING sum(l.amount) <= COALESCE((SELECT sum(t.amount) FROM billing_settlement t WHERE t.season_id = s.id "
              + "AND t.account_id = l.account_id AND t.item = 'PRINCIPAL'), 0)) paid) "
              + "FROM billing_season s ORDER BY s.starts_on DESC, s.id DESC").getResultList();
      List<SeasonCollection> result = new ArrayList<>();
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        result.add(new SeasonCollection(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
            ((Number) r[3]).longValue(), money(r[4]), money(r[5]), money(r[6]), money(r[7]), ((Number) r[8]).longValue()));
      }
      return result;
    });
  }

  private static Map<Long, Position> positions(EntityManager em, long accountId) {
    Map<Long, Position> positions = new LinkedHashMap<>();
    for (Object row : em.createNativeQuery(OWED).setParameter(1, accountId).getResultList()) {
      Object[] r = (Object[]) row;
      Position p = new Position(((Number) r[0]).longValue(), (String) r[1], (String) r[2], LateFeeService.toDate(r[3]),
          money(r[5]), money(r[6]), money(r[7]), money(r[8]));
      positions.put(p.seasonId, p);
    }
    return positions;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static BigDecimal money(Object value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) value).setScale(2);
  }

  private record Position(long seasonId, String code, String name, java.time.LocalDate dueOn, BigDecimal billed,
      BigDecimal lateFee, BigDecimal settledPrincipal, BigDecimal settledLateFee) {}
}
