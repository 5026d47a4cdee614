package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.receivables.Settlement;
import io.heatcloud.plugins.payments.domain.Payment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way an entry enters the ledger. The posting first locks the account and draws the
 * entry's id and receipt number ({@link #lockAndNumber}, one round trip), so that billing can record
 * the settlements under the entry's reference before the entry exists; then {@link #write} writes
 * the entry, its allocations, the change of the prepaid balance and the idempotency key in one
 * statement. The database's constraints guard every part: the ledger's triggers, the key's primary
 * key, the channel reference's unique index, the balance's check (never negative).
 */
final class LedgerWriter {

  /** The lock that serialises the postings of one account (parameter ?1: the account). */
  private static final String ACCOUNT_LOCK =
      "pg_advisory_xact_lock(hashtextextended(current_schema() || ':pay:' || ?1, 0))";

  private LedgerWriter() {}

  /**
   * Serialises the postings of one account (each reads what the earlier left), for work on an
   * account's entries that writes none (invoices).
   *
   * @param em the transaction
   * @param accountId the account
   */
  static void lockAccount(EntityManager em, long accountId) {
    em.createNativeQuery("SELECT " + ACCOUNT_LOCK).setParameter(1, accountId).getSingleResult();
  }

  /**
   * An entry's numbers, drawn under the account's lock.
   *
   * @param id the entry's id
   * @param receiptSeq the receipt number's sequence value
   */
  record Numbers(long id, long receiptSeq) {}

  /**
   * Serialises the postings of one account (each reads what the earlier left) and draws the next
   * entry's id and receipt number.
   *
   * @param em the posting transaction
   * @param accountId the account
   * @return the numbers
   */
  static Numbers lockAndNumber(EntityManager em, long accountId) {
    Object[] r = (Object[]) em.createNativeQuery("SELECT " + ACCOUNT_LOCK + ", nextval('pay_payment_id_seq'), "
            + "nextval('pay_receipt_seq')")
        .setParameter(1, accountId).getSingleResult();
    return new Numbers(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
  }

  /**
   * Writes an entry with its allocations, its prepaid change and its key.
   *
   * @param em the posting transaction
   * @param id the entry's id, from {@link #lockAndNumber}
   * @param entry the entry (its prepaid field is the change of the balance)
   * @param settlements what the entry settled (negative for refunds), in order
   * @param seasonCodes each season's code
   * @param claim the idempotency key the entry is posted under
   * @return the entry as written
   * @throws ConflictException when the channel's transaction was posted already
   */
  static PaymentView write(EntityManager em, long id, Payment entry, List<Settlement> settlements,
      Map<Long, String> seasonCodes, IdempotencyKeys.Claim claim) {
    List<Object> params = new ArrayList<>();
    params.add(id);
    StringBuilder sql = new StringBuilder("WITH k AS (INSERT INTO pay_idempotency (scope, idem_key, payload_hash, state, "
        + "payment_id, claimed_at) VALUES (").append(p(params, claim.scope())).append(", ").append(p(params, claim.key()))
        .append(", ").append(p(params, claim.payloadHash())).append(", 'DONE', ?1, now()))");
    List<PaymentView.Line> lines = new ArrayList<>();
    if (!settlements.isEmpty()) {
      sql.append(", a AS (INSERT INTO pay_allocation (payment_id, line_no, season_id, season_code, item, amount) VALUES ");
      for (Settlement s : settlements) {
        String code = seasonCodes.getOrDefault(s.seasonId(), String.valueOf(s.seasonId()));
        lines.add(new PaymentView.Line(s.seasonId(), code, s.item().name(), s.amount()));
        sql.append(lines.size() > 1 ? ", " : "").append("(?1, ").append(lines.size()).append(", ")
            .append(p(params, s.seasonId())).append(", ").append(p(params, code)).append(", ")
            .append(p(params, s.item().name())).append(", ").append(p(params, s.amount())).append(")");
      }
      sql.append(")");
    }
    int change = entry.getPrepaid().signum();
    if (change > 0) {
      // one atomic change under the account's lock; the version still counts every change
      sql.append(", b AS (INSERT INTO pay_prepaid (account_id, balance, version, updated_at) VALUES (")
          .append(p(params, entry.getAccountId())).append(", ").append(p(params, entry.getPrepaid())).append(", 0, now()) "
              + "ON CONFLICT (account_id) DO UPDATE SET balance = pay_prepaid.balance + EXCLUDED.balance, "
              + "version = pay_prepaid.version + 1, updated_at = EXCLUDED.updated_at)");
    } else if (change < 0) {
      // taken from a balance that must exist (an insert's row is checked before its conflict, so an
      // upsert cannot take): without the row no entry is written and the posting fails below
      sql.append(", b AS (UPDATE pay_prepaid SET balance = balance + ").append(p(params, entry.getPrepaid()))
          .append(", version = version + 1, updated_at = now() WHERE account_id = ").append(p(params, entry.getAccountId()))
          .append(" RETURNING account_id)");
    }
    sql.append(" INSERT INTO pay_payment (id, kind, account_id, account_no, channel, method, channel_ref, amount, prepaid, "
            + "original_id, receipt_no, business_date, note, created_by, created_at) ").append(change < 0 ? "SELECT " : "VALUES (")
        .append("?1, ")
        .append(p(params, entry.getKind().name())).append(", ").append(p(params, entry.getAccountId())).append(", ")
        .append(p(params, entry.getAccountNo())).append(", ").append(p(params, entry.getChannel().name())).append(", ")
        .append(p(params, entry.getMethod())).append(", NULLIF(").append(p(params, nz(entry.getChannelRef())))
        .append(", ''), ").append(p(params, entry.getAmount())).append(", ").append(p(params, entry.getPrepaid()))
        .append(", NULLIF(").append(p(params, entry.getOriginalId() == null ? 0L : entry.getOriginalId())).append(", 0), ")
        .append(p(params, entry.getReceiptNo())).append(", ").append(p(params, entry.getBusinessDate())).append(", NULLIF(")
        .append(p(params, nz(entry.getNote()))).append(", ''), ").append(p(params, entry.getCreatedBy()))
        .append(", ").append(p(params, entry.getCreatedAt().atOffset(java.time.ZoneOffset.UTC)))
        .append(change < 0 ? " FROM b" : ")");
    // nullable columns take '' or 0 for "none" (NULLIF), so that no parameter is bound without a type
    String statement = sql.toString();
    Query query = em.createNativeQuery(statement);
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    try {
      if (query.executeUpdate() != 1) {
        throw new IllegalStateException("account " + entry.getAccountId() + " has no prepaid balance to take "
            + entry.getPrepaid().negate() + " from");
      }
    } catch (PersistenceException e) {
      if (PaymentService.rootMessage(e).contains("uq_pay_payment_channel_ref")) {
        throw new ConflictException("渠道流水号 " + entry.getChannelRef() + " 已入账 / the channel's transaction "
            + entry.getChannelRef() + " was posted already");
      }
      throw e;
    }
    return new PaymentView(id, entry.getKind().name(), entry.getReceiptNo(), entry.getAccountNo(),
        entry.getChannel().name(), entry.getMethod(), entry.getChannelRef(), entry.getAmount(), entry.getPrepaid(),
        entry.getOriginalId(), BigDecimal.ZERO.setScale(2), entry.getBusinessDate(), entry.getCreatedAt(),
        entry.getCreatedBy(), entry.getNote(), List.copyOf(lines));
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  /** Adds a parameter; answers its placeholder. */
  private static String p(List<Object> params, Object value) {
    params.add(value);
    return "?" + params.size();
  }
}
