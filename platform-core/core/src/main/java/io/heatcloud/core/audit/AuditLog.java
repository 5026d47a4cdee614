package io.heatcloud.core.audit;

import io.heatcloud.core.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Writes and reads the audit log.
 *
 * <p>Every entry is written in a transaction of its own, so that a failed login or a denied call is
 * recorded even though the caller's work rolls back; the caller returns once its entry is committed.
 * Entries are chained: appends are serialised with a transaction-scoped advisory lock, each entry
 * stores the previous entry's hash and its own. Concurrent entries are committed together ({@link
 * AuditAppender}), so the chain's lock and commit do not limit how fast the platform works.
 */
@ApplicationScoped
public class AuditLog {

  /** Outcome of an action that succeeded. */
  public static final String SUCCESS = "SUCCESS";

  /** Outcome of an action that failed (bad password, invalid input). */
  public static final String FAILURE = "FAILURE";

  /** Outcome of an action the caller was not allowed to do. */
  public static final String DENIED = "DENIED";

  private static final Logger LOG = Logger.getLogger("io.heatcloud.audit");
  private static final long CHAIN_LOCK = 0x4843_4155_4449_5401L;
  private static final String LOCK = "SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")";
  private static final String HEAD = "SELECT hash FROM platform.audit_entry ORDER BY id DESC LIMIT 1";
  /** The insert's condition: the chain's head is still the one the entries were chained to. */
  private static final String WHERE_HEAD = " WHERE COALESCE((" + HEAD + "), ?) = ?";
  private static final String INSERT = "INSERT INTO platform.audit_entry (occurred_at, actor, actor_node, tenant, action, "
      + "target, outcome, client_ip, details, prev_hash, hash) SELECT CAST(o AS timestamptz), a, n, t, c, g, r, i, d, p, h "
      + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
      + "?::text[], ?::text[]) WITH ORDINALITY AS x(o, a, n, t, c, g, r, i, d, p, h, k)";
  private static final String IN_ORDER = " ORDER BY k";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @jakarta.inject.Inject AuditAppender appender;

  /** The chain's head as this server last committed it (null: not known yet). */
  private volatile String head;

  @jakarta.annotation.Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  jakarta.transaction.TransactionSynchronizationRegistry tsr;

  /**
   * Records an action of the current {@link Caller}.
   *
   * @param action e.g. {@code tenant.create}
   * @param tenant the company concerned, or null
   * @param target what was acted on
   * @param outcome {@link #SUCCESS}, {@link #FAILURE} or {@link #DENIED}
   * @param details a short description; mask personal data before passing it
   */
  public void record(String action, String tenant, String target, String outcome, String details) {
    appender.append(pending(Caller.current(), action, tenant, target, outcome, details));
  }

  /**
   * An entry of a caller, to append.
   *
   * @param caller who acted, from where
   * @param action e.g. {@code payments.post}
   * @param tenant the company concerned, or null for the caller's own
   * @param target what was acted on
   * @param outcome {@link #SUCCESS}, {@link #FAILURE} or {@link #DENIED}
   * @param details a short description, masked
   * @return the entry
   */
  public static AuditAppender.Pending pending(Caller caller, String action, String tenant, String target, String outcome,
      String details) {
    String actorNode = caller.user() == null ? null : caller.user().nodeCode();
    if (tenant == null && caller.user() != null) {
      tenant = caller.user().tenantCode();
    }
    return new AuditAppender.Pending(Instant.now().truncatedTo(ChronoUnit.MICROS), truncate(caller.actorName(), 64),
        actorNode, tenant, truncate(action, 64), truncate(target, 200), outcome, caller.clientIp(), details);
  }

  /**
   * Appends a batch of entries to the chain in one transaction of its own (group commit: under load
   * many callers' entries share one lock and one commit). Called by {@link AuditAppender} only.
   *
   * @param batch the entries, in order
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void appendBatch(List<AuditAppender.Pending> batch) {
    List<AuditEntry> entries = append(batch);
    afterCommit(entries, false);
  }

  /**
   * Appends entries to the chain in the caller's transaction: they commit with the work they record,
   * or not at all. The chain's lock is held until that transaction ends, so call this at the end of
   * the work.
   *
   * @param batch the entries, in order
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendInTransaction(List<AuditAppender.Pending> batch) {
    if (!batch.isEmpty()) {
      afterCommit(append(batch), true);
    }
  }

  /**
   * Once the transaction commits: the appended entries' last hash becomes the head this server
   * expects, and the log file hears of them (at once for a transaction of the log's own).
   */
  private void afterCommit(List<AuditEntry> entries, boolean logThen) {
    String last = entries.get(entries.size() - 1).getHash();
    if (!logThen) {
      log(entries);
    }
    tsr.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
          head = last;
          if (logThen) {
            log(entries);
          }
        }
      }
    });
  }

  /**
   * Appends under the chain's lock. The entries are chained to the head this server saw last, and
   * the insert writes them only if that is still the chain's head (read by the insert, after the
   * lock): lock and insert are one round trip. When another server (or a rolled-back transaction)
   * moved the head, the head is read and the entries are chained to it.
   */
  private List<AuditEntry> append(List<AuditAppender.Pending> batch) {
    return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
      String expected = head;
      List<AuditEntry> entries = expected == null ? null : chain(batch, expected);
      if (entries != null) {
        try (PreparedStatement insert = connection.prepareStatement(LOCK + "; " + INSERT + WHERE_HEAD + IN_ORDER)) {
          bind(connection, insert, entries);
          insert.setString(12, AuditEntry.GENESIS);
          insert.setString(13, expected);
          insert.execute();
          insert.getMoreResults();
          if (insert.getUpdateCount() == entries.size()) {
            return entries;
          }
        }
      } else {
        try (java.sql.Statement lock = connection.createStatement()) {
          lock.execute(LOCK);
        }
      }
      String actual;
      try (java.sql.Statement read = connection.createStatement();
          java.sql.ResultSet rs = read.executeQuery(HEAD)) {
        actual = rs.next() ? rs.getString(1) : AuditEntry.GENESIS;
      }
      entries = chain(batch, actual);
      try (PreparedStatement insert = connection.prepareStatement(INSERT + IN_ORDER)) {
        bind(connection, insert, entries);
        insert.executeUpdate();
      }
      return entries;
    });
  }

  private static List<AuditEntry> chain(List<AuditAppender.Pending> batch, String previous) {
    List<AuditEntry> entries = new ArrayList<>(batch.size());
    for (AuditAppender.Pending p : batch) {
      AuditEntry entry = new AuditEntry(p.occurredAt(), p.actor(), p.actorNode(), p.tenant(), p.action(), p.target(),
          p.outcome(), p.clientIp(), p.details(), previous);
      entries.add(entry);
      previous = entry.getHash();
    }
    return entries;
  }

  /** The entries as the insert's arrays: one statement for the batch, ids taken in chain order. */
  private static void bind(java.sql.Connection connection, PreparedStatement insert, List<AuditEntry> entries)
      throws java.sql.SQLException {
    Object[][] columns = new Object[11][entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      Object[] row = {e.getOccurredAt().toString(), e.getActor(), e.getActorNode(), e.getTenant(), e.getAction(),
          e.getTarget(), e.getOutcome(), e.getClientIp(), e.getDetails(), e.getPrevHash(), e.getHash()};
      for (int c = 0; c < row.length; c++) {
        columns[c][i] = row[c];
      }
    }
    for (int c = 0; c < columns.length; c++) {
      insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
    }
  }

  private static void log(List<AuditEntry> entries) {
    for (AuditEntry e : entries) {
      LOG.infof("%s %s tenant=%s target=%s outcome=%s ip=%s %s", e.getActor(), e.getAction(), e.getTenant(),
          e.getTarget(), e.getOutcome(), e.getClientIp(), e.getDetails() == null ? "" : e.getDetails());
    }
  }

  /**
   * A page of entries visible to a set of tenants, newest first.
   *
   * @param filter what to look for
   * @param visibleTenants the companies the reader may see; null for all (group auditors)
   * @param includePlatformEntries whether entries without a tenant are visible
   * @param offset rows to skip
   * @param limit rows to return
   * @return the entries
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> search(
      AuditFilter filter,
      Collection<String> visibleTenants,
      boolean includePlatformEntries,
      int offset,
      int limit) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
    List<Object[]> params = new ArrayList<>();
    appendConditions(filter, visibleTenants, includePlatformEntries, jpql, params);
    jpql.append(" ORDER BY e.id DESC");
    TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
    params.forEach(p -> query.setParameter((String) p[0], p[1]));
    return query.setFirstResult(offset).setMaxResults(Math.min(limit, 1000)).getResultList();
  }

  /**
   * Counts entries as {@link #search} finds them.
   *
   * @param filter what to look for
   * @param visibleTenants visible companies, null for all
   * @param includePlatformEntries whether entries without a tenant count
   * @return the count
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(
      AuditFilter filter, Collection<String> visibleTenants, boolean includePlatformEntries) {
    StringBuilder jpql = new StringBuilder("SELECT count(e) FROM AuditEntry e WHERE 1 = 1");
    List<Object[]> params = new ArrayList<>();
    appendConditions(filter, visibleTenants, includePlatformEntries, jpql, params);
    TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
    params.forEach(p -> query.setParameter((String) p[0], p[1]));
    return query.getSingleResult();
  }

  private static void appendConditions(
      AuditFilter filter,
      Collection<String> visibleTenants,
      boolean includePlatformEntries,
      StringBuilder jpql,
      List<Object[]> params) {
    if (visibleTenants != null) {
      if (visibleTenants.isEmpty()) {
        jpql.append(includePlatformEntries ? " AND e.tenant IS NULL" : " AND 1 = 0");
      } else {
        jpql.append(
            includePlatformEntries
                ? " AND (e.tenant IN :tenants OR e.tenant IS NULL)"
                : " AND e.tenant IN :tenants");
        params.add(new Object[] {"tenants", visibleTenants});
      }
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      jpql.append(" AND e.action LIKE :action");
      params.add(new Object[] {"action", filter.action().trim() + "%"});
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      jpql.append(" AND e.actor = :actor");
      params.add(new Object[] {"actor", filter.actor().trim()});
    }
    if (filter.tenant() != null && !filter.tenant().isBlank()) {
      jpql.append(" AND e.tenant = :tenant");
      params.add(new Object[] {"tenant", filter.tenant().trim()});
    }
    if (filter.from() != null) {
      jpql.append(" AND e.occurredAt >= :from");
      params.add(new Object[] {"from", filter.from()});
    }
    if (filter.to() != null) {
      jpql.append(" AND e.occurredAt < :to");
      params.add(new Object[] {"to", filter.to()});
    }
  }

  /**
   * Recomputes the whole chain.
   *
   * @return the result: the number of entries checked and the first broken entry, if any
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ChainVerification verifyChain() {
    String previous = AuditEntry.GENESIS;
    long checked = 0;
    long lastId = 0;
    while (true) {
      List<AuditEntry> batch =
          em.createQuery(
                  "SELECT e FROM AuditEntry e WHERE e.id > :id ORDER BY e.id", AuditEntry.class)
              .setParameter("id", lastId)
              .setMaxResults(2000)
              .getResultList();
      if (batch.isEmpty()) {
        return new ChainVerification(checked, null);
      }
      for (AuditEntry entry : batch) {
        if (!entry.getPrevHash().equals(previous) || !entry.computeHash().equals(entry.getHash())) {
          return new ChainVerification(checked, entry.getId());
        }
        previous = entry.getHash();
        lastId = entry.getId();
        checked++;
      }
      em.clear();
    }
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /**
   * The result of a chain verification.
   *
   * @param checked entries found intact
   * @param brokenAt the id of the first entry whose hash or link does not match, or null
   */
  public record ChainVerification(long checked, Long brokenAt) {

    /**
     * Whether the chain is intact.
     *
     * @return true when no entry is broken
     */
    public boolean intact() {
      return brokenAt == null;
    }
  }
}
