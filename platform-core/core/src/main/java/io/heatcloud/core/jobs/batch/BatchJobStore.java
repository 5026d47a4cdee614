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
      "id, plugin_id, work_id, parameters, chunk_size, execution_id, status, accounts_total, "
          + "(SELECT COALESCE(sum(p.accounts_done), 0) FROM batch_job_partition p WHERE p.job_id = batch_job.id), "
          + "partitions, message, started_at, ended_at";

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  /**
   * Records a new job.
   *
   * @param pluginId the plugin
   * @param workId the work
   * @param parameters its parameters
   * @param chunkSize accounts per chunk
   * @param partitions how many id ranges run in parallel
   * @param accountsTotal active accounts now
   * @param createdBy the user starting it
   * @return the job id
   */
  public long insert(String pluginId, String workId, Map<String, String> parameters, int chunkSize, int partitions,
      long accountsTotal, String createdBy) {
    Number id = (Number) em.createNativeQuery(
            "INSERT INTO batch_job (plugin_id, work_id, parameters, chunk_size, partitions, status, accounts_total, "
                + "created_by, started_at) VALUES (?1, ?2, ?3, ?4, ?5, 'STARTING', ?6, ?7, now()) RETURNING id")
        .setParameter(1, pluginId).setParameter(2, workId).setParameter(3, toJson(parameters))
        .setParameter(4, chunkSize).setParameter(5, partitions).setParameter(6, accountsTotal)
        .setParameter(7, createdBy).getSingleResult();
    return id.longValue();
  }

  /**
   * The id ranges of a job, created on its first execution: the company's active accounts split
   * into {@code partitions} ranges of about the same size.
   *
   * @param jobId the job
   * @param partitions how many
   * @return each range's {@code [after_id, up_to_id, last_account_id]}, by partition number
   */
  public List<long[]> partitions(long jobId, int partitions) {
    List<?> rows = em.createNativeQuery("SELECT after_id, up_to_id, last_account_id FROM batch_job_partition "
        + "WHERE job_id = ?1 ORDER BY partition_no").setParameter(1, jobId).getResultList();
    if (rows.isEmpty()) {
      long active = ((Number) em.createNativeQuery("SELECT count(*) FROM account WHERE status = 'ACTIVE'")
          .getSingleResult()).longValue();
      long after = 0;
      for (int i = 0; i < partitions; i++) {
        long upTo = Long.MAX_VALUE;
        if (i < partitions - 1 && active > 0) {
          List<?> boundary = em.createNativeQuery("SELECT id FROM account WHERE status = 'ACTIVE' ORDER BY id OFFSET ?1 "
              + "LIMIT 1").setParameter(1, Math.max(0, active * (i + 1) / partitions - 1)).getResultList();
          upTo = boundary.isEmpty() ? Long.MAX_VALUE : ((Number) boundary.get(0)).longValue();
        }
        em.createNativeQuery("INSERT INTO batch_job_partition (job_id, partition_no, after_id, up_to_id, last_account_id) "
                + "VALUES (?1, ?2, ?3, ?4, ?3)")
            .setParameter(1, jobId).setParameter(2, i).setParameter(3, after).setParameter(4, upTo).executeUpdate();
        after = upTo;
      }
      rows = em.createNativeQuery("SELECT after_id, up_to_id, last_account_id FROM batch_job_partition "
          + "WHERE job_id = ?1 ORDER BY partition_no").setParameter(1, jobId).getResultList();
    }
    return rows.stream().map(r -> {
      Object[] v = (Object[]) r;
      return new long[] {((Number) v[0]).longValue(), ((Number) v[1]).longValue(), ((Number) v[2]).longValue()};
    }).toList();
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
    em.createNativeQuery("UPDATE batch_job SET execution_id = ?2, executions = executions + 1, status = 'STARTED', "
            + "ended_at = NULL, message = NULL WHERE id = ?1")
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
   * Records why a job is failing.
   *
   * @param id the job
   * @param message the failure
   */
  public void message(long id, String message) {
    em.createNativeQuery("UPDATE batch_job SET message = ?2 WHERE id = ?1").setParameter(1, id)
        .setParameter(2, message).executeUpdate();
  }

  /**
   * Records a committed chunk of a partition, in the chunk's transaction.
   *
   * @param id the job
   * @param partition the partition
   * @param accounts how many accounts the chunk had
   * @param lastAccountId its last account
   */
  public void progress(long id, int partition, int accounts, long lastAccountId) {
    em.createNativeQuery("UPDATE batch_job_partition SET accounts_done = accounts_done + ?3, last_account_id = ?4 "
            + "WHERE job_id = ?1 AND partition_no = ?2")
        .setParameter(1, id).setParameter(2, partition).setParameter(3, accounts).setParameter(4, lastAccountId)
        .executeUpdate();
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
        ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).intValue(), (String) r[10],
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
