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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The billing module's receivables ledger offered to other modules: per account and season, the
 * principal billed (charges and adjustments) and the late fees accrued, less what was settled.
 */
public class BillingReceivables implements Receivables {

  /**
   * What each of the accounts given (array ?1) was billed and has settled, per season it has lines
   * in. Driven by the accounts and the seasons (few): each pair reads its lines by the lines' key
   * (season, account), the late fee by its key, the settlements by (season, account); no plan may
   * scan the lines of other accounts. One text for any number of accounts.
   */
  private static final String OWED =
      "SELECT x.a, s.id, s.code, s.name, s.payment_due_on, l.billed, COALESCE(f.amount, 0), "
          + "COALESCE(t.principal, 0), COALESCE(t.late_fee, 0) FROM unnest(?::bigint[]) AS x(a) "
          + "CROSS JOIN billing_season s "
          + "CROSS JOIN LATERAL (SELECT sum(b.amount) AS billed FROM billing_line b WHERE b.season_id = s.id "
          + "AND b.account_id = x.a) l "
          + "LEFT JOIN billing_late_fee f ON f.account_id = x.a AND f.season_id = s.id "
          + "LEFT JOIN LATERAL (SELECT sum(amount) FILTER (WHERE item = 'PRINCIPAL') AS principal, "
          + "sum(amount) FILTER (WHERE item = 'LATE_FEE') AS late_fee FROM billing_settlement "
          + "WHERE season_id = s.id AND account_id = x.a) t ON true "
          + "WHERE l.billed IS NOT NULL ORDER BY x.a, s.starts_on, s.id";

  /** Serialises each account's settlements (array ?1, in that order): two payments cannot both settle one debt. */
  private static final String LOCK = "SELECT count(pg_advisory_xact_lock(hashtextextended(current_schema() || "
      + "':settle:' || x.a, 0))) FROM unnest(?::bigint[]) AS x(a)";

  private static final String INSERT = "INSERT INTO billing_settlement (account_id, season_id, item, reference, amount) "
      + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::numeric[])";

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
    return context.inTransaction(em -> openItems(positions(em, List.of(accountId), false)
        .getOrDefault(accountId, Map.of())));
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
    settleOpenItems(List.of(accountId), open -> List.of(new AccountSettling(accountId, reference, settlements)));
  }

  @Override
  public Settling settleOpenItems(long accountId, java.util.function.Function<List<OpenItem>, Settling> decision) {
    Settling[] settling = new Settling[1];
    settleOpenItems(List.of(accountId), open -> {
      settling[0] = decision.apply(open.get(accountId));
      return List.of(new AccountSettling(accountId, settling[0].reference(), settling[0].settlements()));
    });
    return settling[0];
  }

  @Override
  public List<AccountSettling> settleOpenItems(Collection<Long> accountIds,
      java.util.function.Function<Map<Long, List<OpenItem>>, List<AccountSettling>> decision) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(accountIds));
    return context.inTransaction(em -> {
      Map<Long, Map<Long, Position>> positions = positions(em, ids, true);
      Map<Long, List<OpenItem>> open = new LinkedHashMap<>();
      for (long id : ids) {
        open.put(id, openItems(positions.getOrDefault(id, Map.of())));
      }
      List<AccountSettling> settlings = decision.apply(open);
      record(em, ids, settlings, positions);
      return settlings;
    });
  }

  private static void checkReference(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 64) {
      throw new InvalidRequestException("结算参考号必须为 1 至 64 个字符 / a settlement reference has 1 to 64 characters");
    }
  }

  /**
   * Checks settlements against the positions read under the locks (an account's settlements
   * together, whatever their references), and records them in one statement.
   */
  private void record(EntityManager em, Collection<Long> locked, List<AccountSettling> settlings,
      Map<Long, Map<Long, Position>> positions) {
    Map<String, BigDecimal> pending = new LinkedHashMap<>();
    Map<String, Object[]> rows = new LinkedHashMap<>();
    for (AccountSettling settling : settlings) {
      checkReference(settling.reference());
      if (!locked.contains(settling.accountId())) {
        throw new IllegalArgumentException("account " + settling.accountId() + " was not among the accounts locked");
      }
      Map<Long, Position> of = positions.getOrDefault(settling.accountId(), Map.of());
      for (Settlement s : settling.settlements()) {
        if (s.amount() == null || s.amount().signum() == 0 || s.amount().scale() > 2 || s.item() == null) {
          throw new InvalidRequestException("结算金额必须非零且最多两位小数 / a settlement amount is non-zero with at most 2 decimals");
        }
        Position p = of.get(s.seasonId());
        if (p == null) {
          throw new UnprocessableException("该账户在采暖季 " + s.seasonId() + " 没有应收 / the account has no receivable in season "
              + s.seasonId());
        }
        BigDecimal total = pending.merge(settling.accountId() + ":" + s.seasonId() + ":" + s.item(), s.amount(),
            BigDecimal::add);
        BigDecimal owed = s.item() == ReceivableItem.PRINCIPAL ? p.billed : p.lateFee;
        BigDecimal settled = s.item() == ReceivableItem.PRINCIPAL ? p.settledPrincipal : p.settledLateFee;
        if (s.amount().signum() > 0 && settled.add(total).compareTo(owed) > 0) {
          throw new UnprocessableException("结算金额 " + total + " 超过 " + p.code + " 的未结金额 " + owed.subtract(settled)
              + " / settling " + total + " exceeds what is owed on " + p.code + " " + s.item() + ": " + owed.subtract(settled));
        }
        if (s.amount().signum() < 0 && settled.add(total).signum() < 0) {
          throw new UnprocessableException("冲回金额 " + total.negate() + " 超过已结金额 " + settled
              + " / taking back " + total.negate() + " exceeds what was settled: " + settled);
        }
        // one row per account, reference, season and item (the unique key)
        rows.merge(settling.accountId() + ":" + settling.reference() + ":" + s.seasonId() + ":" + s.item(),
            new Object[] {settling.accountId(), s.seasonId(), s.item().name(), settling.reference(), s.amount()},
            (a, b) -> new Object[] {a[0], a[1], a[2], a[3], ((BigDecimal) a[4]).add((BigDecimal) b[4])});
      }
    }
    List<Object[]> insert = rows.values().stream().filter(r -> ((BigDecimal) r[4]).signum() != 0).toList();
    if (insert.isEmpty()) {
      return;
    }
    try {
      context.jdbc(em, connection -> {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
          for (int column = 0; column < 5; column++) {
            Object[] values = new Object[insert.size()];
            for (int i = 0; i < values.length; i++) {
              values[i] = insert.get(i)[column];
            }
            ps.setArray(column + 1, connection.createArrayOf(COLUMN_TYPES[column], values));
          }
          return ps.executeUpdate();
        }
      });
    } catch (PersistenceException ex) {
      if (!String.valueOf(rootMessage(ex)).contains("uq_settlement")) {
        throw ex;
      }
      throw new ConflictException("结算参考号已使用 / a settlement reference was used already: " + insert.stream()
          .map(r -> (String) r[3]).distinct().collect(java.util.stream.Collectors.joining(", ")));
    }
  }

  private static final String[] COLUMN_TYPES = {"bigint", "bigint", "text", "text", "numeric"};

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

  /**
   * What each account was billed and settled, per season, read in one statement; when asked, after
   * taking the accounts' settlement locks in the statement before it, sent in the same round trip
   * (each statement sees what was committed when it starts, so the reading follows the locks).
   */
  private Map<Long, Map<Long, Position>> positions(EntityManager em, List<Long> accountIds, boolean lock) {
    return context.jdbc(em, connection -> {
      Map<Long, Map<Long, Position>> positions = new HashMap<>();
      try (PreparedStatement ps = connection.prepareStatement(lock ? LOCK + "; " + OWED : OWED)) {
        int at = 1;
        if (lock) {
          ps.setArray(at++, connection.createArrayOf("bigint", accountIds.toArray()));
        }
        ps.setArray(at, connection.createArrayOf("bigint", accountIds.toArray()));
        ps.execute();
        if (lock) {
          ps.getMoreResults();
        }
        try (ResultSet rs = ps.getResultSet()) {
          while (rs.next()) {
            Position p = new Position(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class),
                money(rs.getBigDecimal(6)), money(rs.getBigDecimal(7)), money(rs.getBigDecimal(8)), money(rs.getBigDecimal(9)));
            positions.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(p.seasonId, p);
          }
        }
      }
      return positions;
    });
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
