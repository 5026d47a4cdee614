package io.heatcloud.core.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The last run of each job in each company ({@code platform.job_run}). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRunStore {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /**
   * When a job last started in a company.
   *
   * @param pluginId the plugin
   * @param jobId the job
   * @param nodeId the company
   * @return the time, or null when it never ran
   */
  public Instant lastStart(String pluginId, String jobId, long nodeId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT last_started_at FROM platform.job_run WHERE plugin_id = ?1 AND job_id = ?2 AND node_id = ?3")
            .setParameter(1, pluginId)
            .setParameter(2, jobId)
            .setParameter(3, nodeId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object value = rows.get(0);
    return value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
  }

  /**
   * Records a start.
   *
   * @param pluginId the plugin
   * @param jobId the job
   * @param nodeId the company
   */
  public void started(String pluginId, String jobId, long nodeId) {
    em.createNativeQuery(
            "INSERT INTO platform.job_run (plugin_id, job_id, node_id, last_started_at) VALUES (?1, ?2, ?3, now()) "
                + "ON CONFLICT (plugin_id, job_id, node_id) DO UPDATE SET last_started_at = now(), "
                + "last_finished_at = NULL, outcome = NULL, message = NULL")
        .setParameter(1, pluginId)
        .setParameter(2, jobId)
        .setParameter(3, nodeId)
        .executeUpdate();
  }

  /**
   * Records the end of a run.
   *
   * @param pluginId the plugin
   * @param jobId the job
   * @param nodeId the company
   * @param outcome SUCCESS or FAILURE
   * @param message the failure
   */
  public void finished(String pluginId, String jobId, long nodeId, String outcome, String message) {
    em.createNativeQuery(
            "UPDATE platform.job_run SET last_finished_at = now(), outcome = ?4, message = ?5 "
                + "WHERE plugin_id = ?1 AND job_id = ?2 AND node_id = ?3")
        .setParameter(1, pluginId)
        .setParameter(2, jobId)
        .setParameter(3, nodeId)
        .setParameter(4, outcome)
        .setParameter(5, message)
        .executeUpdate();
  }
}
