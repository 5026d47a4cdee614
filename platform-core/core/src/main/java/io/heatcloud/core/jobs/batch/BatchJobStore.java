package io.heatcloud.core.jobs.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code batch_job} in the company schema bound to the caller's transaction
 * (callers use {@link io.heatcloud.core.tenancy.application.TenantTransactions}).
 */
@ApplicationScoped
public class BatchJobStore {

  private static final String COLUMNS =
      "id, plugin_id, work_id, parameters, chunk_size, execution_id, status, accounts_total, accounts_done, "
          + "last_account_id, message, started_at, ended_at";

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  /**
   * Records a new job.
   *
   * @param pluginId the plugin
   * @param workId the work
   * @param parameters its parameters
   * @param chunkSize accounts per chunk
   * @param accountsTotal active accounts now
   * @param createdBy the user starting it
   * @return the job id
   */
  public long insert(String pluginId, String workId, Map<String, String> parameters, int chunkSize,
      long accountsTotal, String createdBy) {
    Number id = (Number) em.createNativeQuery(
            "INSERT INTO batch_job (plugin_id, work_id, parameters, chunk_size, status, accounts_total, created_by, "
                + "started_at) VALUES (?1, ?2, ?3, ?4, 'STARTING', ?5, ?6, now()) RETURNING id")
        .setParameter(1, pluginId).setParameter(2, workId).setParameter(3, toJson(parameters))
        .setParameter(4, chunkSize).setParameter(5, accountsTotal).setParameter(6, createdBy)
        .getSingleResult();
    return id.longValue();
  }

  /**
   * A job.
   *
   * @param id the job id
   * @return the row, if the company has it
   */
  public Optional<BatchJobRow> find(long id) {
    List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM batch_job WHERE id = ?1")
        .setParameter(1, id).getResultList();
    return rows.stream().findFirst().map(r -> row((Object[]) r));
  }

  /**
   * Locks a job's row for a change of state.
   *
   * @param id the job id
   * @return the row, if the company has it
   */
  public Optional<BatchJobRow> lock(long id) {
    List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM batch_job WHERE id = ?1 FOR UPDATE")
        .setParameter(1, id).getResultList();
    return rows.stream().findFirst().map(r -> row((Object[]) r));
  }

  /**
   * Records a new execution of a job.
   *
   * @param id the job
   * @param executionId the JBeret execution
   */
  public void executing(long id, long executionId) {
    em.createNativeQuery("UPDATE batch_job SET execution_id = ?2, executions = executions + 1, status = "
            + "CASE WHEN status IN ('STARTING','STARTED') THEN status ELSE 'STARTING' END, ended_at = NULL, "
            + "message = NULL WHERE id = ?1")
        .setParameter(1, id).setParameter(2, executionId).executeUpdate();
  }

  /**
   * Changes a job's status.
   *
   * @param id the job
   * @param status the new status
   * @param ended whether the execution ended
   * @param message a failure, or null
   */
  public void status(long id, String status, boolean ended, String message) {
    em.createNativeQuery("UPDATE batch_job SET status = ?2, ended_at = CASE WHEN ?3 THEN now() ELSE NULL END, "
            + "message = COALESCE(?4, message) WHERE id = ?1")
        .setParameter(1, id).setParameter(2, status).setParameter(3, ended).setParameter(4, message)
        .executeUpdate();
  }

  /**
   * Records a committed chunk, in the chunk's transaction.
   *
   * @param id the job
   * @param accounts how many accounts the chunk had
   * @param lastAccountId its last account
   */
  public void progress(long id, int accounts, long lastAccountId) {
    em.createNativeQuery("UPDATE batch_job SET accounts_done = accounts_done + ?2, last_account_id = ?3, "
            + "status = CASE WHEN status = 'STARTING' THEN 'STARTED' ELSE status END WHERE id = ?1")
        .setParameter(1, id).setParameter(2, accounts).setParameter(3, lastAccountId).executeUpdate();
  }

  /**
   * Marks the jobs that were running when the server stopped or died.
   *
   * @return how many
   */
  public int markInterrupted() {
    return em.createNativeQuery("UPDATE batch_job SET status = 'INTERRUPTED', ended_at = now(), "
            + "message = 'server stopped while the job ran' WHERE status IN ('STARTING','STARTED','STOPPING')")
        .executeUpdate();
  }

  private static BatchJobRow row(Object[] r) {
    return new BatchJobRow(
        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], fromJson((String) r[3]),
        ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6],
        ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), (String) r[10],
        instant(r[11]), instant(r[12]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) value;
  }

  static String toJson(Map<String, String> parameters) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    parameters.forEach(json::add);
    return json.build().toString();
  }

  static Map<String, String> fromJson(String text) {
    Map<String, String> result = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> result.put(k, ((JsonString) v).getString()));
    }
    return result;
  }
}
