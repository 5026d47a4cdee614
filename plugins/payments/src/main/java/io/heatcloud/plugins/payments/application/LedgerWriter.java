package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.receivables.Settlement;
import io.heatcloud.plugins.payments.domain.Payment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one way entries enter the ledger, one or many in a transaction. The posting first locks the
 * accounts and draws the entries' ids and receipt numbers ({@link #lockAndNumber}, one round trip),
 * so that billing can record the settlements under the entries' references before the entries
 * exist; then {@link #writeAll} writes the entries, their allocations, the changes of the prepaid
 * balances and the idempotency keys in one statement. Both statements take arrays, so their text is
 * the same for one entry or a hundred (the server plans it once per connection). The database's
 * constraints guard every part: the ledger's triggers, the key's primary key, the channel
 * reference's unique index, the balance's check (never negative).
 */
final class LedgerWriter {

  /** The lock that serialises the postings of one account (x.a: the account). */
  private static final String ACCOUNT_LOCK =
      "pg_advisory_xact_lock(hashtextextended(current_schema() || ':pay:' || x.a, 0))";

  /** Locks the accounts of array ?1 in its order and draws an id and a receipt number per element. */
  private static final String NUMBERS = "SELECT " + ACCOUNT_LOCK + ", nextval('pay_payment_id_seq'), "
      + "nextval('pay_receipt_seq') FROM unnest(?::bigint[]) AS x(a)";

  private static final String LOCK = "SELECT count(" + ACCOUNT_LOCK + ") FROM unnest(?::bigint[]) AS x(a)";

  /**
   * Entries (arrays 1-18), their allocations (arrays 19-24), their keys and the prepaid changes, per
   * account summed (a balance taken from must exist: without the row its entries are not written,
   * and the count tells). A batch changes a balance in one direction only (see {@link #writeAll}).
   */
  private static final String WRITE = "WITH e AS (SELECT * FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], "
      + "?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::bigint[], ?::text[], ?::date[], ?::text[], "
      + "?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[]) AS e(id, kind, account_id, account_no, channel, "
      + "method, channel_ref, amount, prepaid, original_id, receipt_no, business_date, note, created_by, created_at, "
      + "scope, idem_key, payload_hash)), "
      + "k AS (INSERT INTO pay_idempotency (scope, idem_key, payload_hash, state, payment_id, claimed_at) "
      + "SELECT scope, idem_key, payload_hash, 'DONE', id, created_at FROM e), "
      + "a AS (INSERT INTO pay_allocation (payment_id, line_no, season_id, season_code, item, amount) "
      + "SELECT * FROM unnest(?::bigint[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::numeric[])), "
      + "plus AS (INSERT INTO pay_prepaid (account_id, balance, version, updated_at) "
      + "SELECT account_id, sum(prepaid), count(*) - 1, max(created_at) FROM e WHERE prepaid > 0 GROUP BY account_id "
      + "ON CONFLICT (account_id) DO UPDATE SET balance = pay_prepaid.balance + EXCLUDED.balance, "
      + "version = pay_prepaid.version + EXCLUDED.version + 1, updated_at = EXCLUDED.updated_at), "
      + "minus AS (UPDATE pay_prepaid p SET balance = p.balance + m.change, version = p.version + m.changes, "
      + "updated_at = m.at FROM (SELECT account_id, sum(prepaid) AS change, count(*) AS changes, max(created_at) AS at "
      + "FROM e WHERE prepaid < 0 GROUP BY account_id) m WHERE p.account_id = m.account_id RETURNING p.account_id) "
      + "INSERT INTO pay_payment (id, kind, account_id, account_no, channel, method, channel_ref, amount, prepaid, "
      + "original_id, receipt_no, business_date, note, created_by, created_at) "
      + "SELECT id, kind, account_id, account_no, channel, method, channel_ref, amount, prepaid, original_id, "
      + "receipt_no, business_date, note, created_by, created_at FROM e "
      + "WHERE prepaid >= 0 OR account_id IN (SELECT account_id FROM minus)";

  private static final String[] ENTRY_TYPES = {"bigint", "text", "bigint", "text", "text", "text", "text", "numeric",
      "numeric", "bigint", "text", "text", "text", "text", "text", "text", "text", "text"};
  private static final String[] LINE_TYPES = {"bigint", "int4", "bigint", "text", "text", "numeric"};

  private LedgerWriter() {}

  /**
   * Serialises the postings of one account (each reads what the earlier left), for work on an
   * account's entries that writes none (invoices).
   *
   * @param context the payments module's context
   * @param em the transaction
   * @param accountId the account
   */
  static void lockAccount(ModuleContext context, EntityManager em, long accountId) {
    context.jdbc(em, connection -> {
      try (PreparedStatement ps = connection.prepareStatement(LOCK)) {
        ps.setArray(1, connection.createArrayOf("bigint", new Object[] {accountId}));
        ps.executeQuery().close();
      }
      return null;
    });
  }

  /**
   * An entry's numbers, drawn under its account's lock.
   *
   * @param id the entry's id
   * @param receiptSeq the receipt number's sequence value
   */
  record Numbers(long id, long receiptSeq) {}

  /**
   * Serialises the postings of the accounts (each reads what the earlier left) and draws an entry's
   * id and receipt number for each element. The locks are taken in the accounts' order, so that two
   * batches sharing accounts cannot wait for each other.
   *
   * @param context the payments module's context
   * @param em the posting transaction
   * @param accountIds one account per entry to number (an account may repeat)
   * @return the numbers, in the order of the accounts given
   */
  static List<Numbers> lockAndNumber(ModuleContext context, EntityManager em, List<Long> accountIds) {
    Sorted sorted = new Sorted(accountIds);
    return context.jdbc(em, connection -> {
      try (PreparedStatement ps = connection.prepareStatement(NUMBERS)) {
        ps.setArray(1, connection.createArrayOf("bigint", sorted.ids));
        try (ResultSet rs = ps.executeQuery()) {
          return sorted.numbers(rs);
        }
      }
    });
  }

  /**
   * What a batch's claim answered, and its entries' numbers.
   *
   * @param claims per posting, what it may do
   * @param numbers per posting, its numbers (drawn for every posting, also those that turn out
   *     replayed or refused: their numbers stay unused, as after a rollback)
   */
  record Claimed(List<IdempotencyKeys.Claimed> claims, List<Numbers> numbers) {}

  /**
   * Claims a batch's keys ({@link IdempotencyKeys#CLAIM}), then locks its accounts and draws its
   * numbers ({@link #lockAndNumber}): two statements in one round trip.
   *
   * @param context the payments module's context
   * @param em the posting transaction
   * @param keys per posting, its key
   * @param accountIds per posting, its account
   * @return the claims and the numbers, in the postings' order
   */
  static Claimed claimAndNumber(ModuleContext context, EntityManager em, List<IdempotencyKeys.Claim> keys,
      List<Long> accountIds) {
    IdempotencyKeys.Keys batch = new IdempotencyKeys.Keys(keys);
    Sorted sorted = new Sorted(accountIds);
    return context.jdbc(em, connection -> {
      try (PreparedStatement ps = connection.prepareStatement(IdempotencyKeys.CLAIM + "; " + NUMBERS)) {
        batch.bind(connection, ps, 1);
        ps.setArray(3, connection.createArrayOf("bigint", sorted.ids));
        ps.execute();
        List<IdempotencyKeys.Claimed> claims;
        try (ResultSet rs = ps.getResultSet()) {
          claims = batch.read(rs);
        }
        ps.getMoreResults();
        try (ResultSet rs = ps.getResultSet()) {
          return new Claimed(claims, sorted.numbers(rs));
        }
      }
    });
  }

  /** Accounts in id order (the order their locks are taken in), remembering each one's place. */
  private static final class Sorted {

    private final Integer[] order;
    private final Object[] ids;

    Sorted(List<Long> accountIds) {
      order = new Integer[accountIds.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, Comparator.comparing(accountIds::get));
      ids = new Object[order.length];
      for (int i = 0; i < order.length; i++) {
        ids[i] = accountIds.get(order[i]);
      }
    }

    /** The numbers {@link #NUMBERS} drew, back in the order the accounts were given. */
    List<Numbers> numbers(ResultSet rs) throws SQLException {
      Numbers[] numbers = new Numbers[order.length];
      for (int i = 0; rs.next(); i++) {
        numbers[order[i]] = new Numbers(rs.getLong(2), rs.getLong(3));
      }
      return List.of(numbers);
    }
  }

  /**
   * Locks one account and draws one entry's numbers.
   *
   * @param context the payments module's context
   * @param em the posting transaction
   * @param accountId the account
   * @return the numbers
   */
  static Numbers lockAndNumber(ModuleContext context, EntityManager em, long accountId) {
    return lockAndNumber(context, em, List.of(accountId)).get(0);
  }

  /**
   * An entry to write.
   *
   * @param id its id, from {@link #lockAndNumber}
   * @param payment the entry (its prepaid field is the change of the balance)
   * @param settlements what it settled (negative for refunds), in order
   * @param seasonCodes each season's code
   * @param claim the idempotency key it is posted under
   */
  record Entry(long id, Payment payment, List<Settlement> settlements, Map<Long, String> seasonCodes,
      IdempotencyKeys.Claim claim) {}

  /**
   * Writes entries with their allocations, prepaid changes and keys, in one statement. All entries
   * of one call change prepaid balances in one direction (payments add, refunds and applications
   * take), since one statement cannot change a row twice.
   *
   * @param context the payments module's context
   * @param em the posting transaction
   * @param entries the entries
   * @return the entries as written, in order
   * @throws ConflictException when a channel's transaction was posted already
   */
  static List<PaymentView> writeAll(ModuleContext context, EntityManager em, List<Entry> entries) {
    boolean adds = entries.stream().anyMatch(e -> e.payment().getPrepaid().signum() > 0);
    boolean takes = entries.stream().anyMatch(e -> e.payment().getPrepaid().signum() < 0);
    if (adds && takes) {
      throw new IllegalArgumentException("one write adds to or takes from prepaid balances, not both");
    }
    Object[][] columns = new Object[ENTRY_TYPES.length][entries.size()];
    List<Object[]> lines = new ArrayList<>();
    List<PaymentView> views = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Payment p = entry.payment();
      Object[] row = {entry.id(), p.getKind().name(), p.getAccountId(), p.getAccountNo(), p.getChannel().name(),
          p.getMethod(), p.getChannelRef(), p.getAmount(), p.getPrepaid(), p.getOriginalId(), p.getReceiptNo(),
          p.getBusinessDate().toString(), p.getNote(), p.getCreatedBy(), p.getCreatedAt().toString(),
          entry.claim().scope(), entry.claim().key(), entry.claim().payloadHash()};
      for (int c = 0; c < row.length; c++) {
        columns[c][i] = row[c];
      }
      List<PaymentView.Line> viewLines = new ArrayList<>();
      for (Settlement s : entry.settlements()) {
        String code = entry.seasonCodes().getOrDefault(s.seasonId(), String.valueOf(s.seasonId()));
        viewLines.add(new PaymentView.Line(s.seasonId(), code, s.item().name(), s.amount()));
        lines.add(new Object[] {entry.id(), viewLines.size(), s.seasonId(), code, s.item().name(), s.amount()});
      }
      views.add(new PaymentView(entry.id(), p.getKind().name(), p.getReceiptNo(), p.getAccountNo(), p.getChannel().name(),
          p.getMethod(), p.getChannelRef(), p.getAmount(), p.getPrepaid(), p.getOriginalId(), BigDecimal.ZERO.setScale(2),
          p.getBusinessDate(), p.getCreatedAt(), p.getCreatedBy(), p.getNote(), List.copyOf(viewLines)));
    }
    Object[][] lineColumns = new Object[LINE_TYPES.length][lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      for (int c = 0; c < LINE_TYPES.length; c++) {
        lineColumns[c][i] = lines.get(i)[c];
      }
    }
    int written;
    try {
      written = context.jdbc(em, connection -> write(connection, columns, lineColumns));
    } catch (PersistenceException e) {
      if (PaymentService.rootMessage(e).contains("uq_pay_payment_channel_ref")) {
        throw new ConflictException("渠道流水号已入账 / the channel's transaction was posted already: " + entries.stream()
            .map(en -> en.payment().getChannelRef()).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(", ")));
      }
      throw e;
    }
    if (written != entries.size()) {
      throw new IllegalStateException("a prepaid balance to take from is missing: " + written + " of " + entries.size()
          + " entries written");
    }
    return views;
  }

  /**
   * Writes one entry, as {@link #writeAll}.
   *
   * @param context the payments module's context
   * @param em the posting transaction
   * @param entry the entry
   * @return it as written
   */
  static PaymentView write(ModuleContext context, EntityManager em, Entry entry) {
    return writeAll(context, em, List.of(entry)).get(0);
  }

  private static int write(Connection connection, Object[][] columns, Object[][] lineColumns) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(WRITE)) {
      int at = 1;
      for (int c = 0; c < columns.length; c++) {
        ps.setArray(at++, connection.createArrayOf(ENTRY_TYPES[c], columns[c]));
      }
      for (int c = 0; c < lineColumns.length; c++) {
        ps.setArray(at++, connection.createArrayOf(LINE_TYPES[c], lineColumns[c]));
      }
      return ps.executeUpdate();
    }
  }
}
