package io.heatcloud.core.audit;

import io.heatcloud.api.concurrent.GroupCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Group commit of audit entries ({@link GroupCommit}): a caller appends its entry and returns once
 * it is committed (or gets the failure), exactly as with one transaction per entry, but under load
 * many callers' entries share one chain lock and one commit.
 */
@ApplicationScoped
public class AuditAppender {

  /** The most entries written in one transaction. */
  static final int MAX_BATCH = 500;

  /**
   * An entry waiting to be appended.
   *
   * @param occurredAt when
   * @param actor who
   * @param actorNode the actor's node
   * @param tenant the company concerned
   * @param action what
   * @param target on what
   * @param outcome SUCCESS, FAILURE or DENIED
   * @param clientIp from where
   * @param details details, masked
   */
  public record Pending(Instant occurredAt, String actor, String actorNode, String tenant, String action, String target,
      String outcome, String clientIp, String details) {}

  private final GroupCommit<Pending, Void> commits = new GroupCommit<>(MAX_BATCH);

  @Inject AuditLog log;

  /**
   * Appends an entry and returns when it is committed.
   *
   * @param entry the entry
   * @throws RuntimeException when its batch could not be written
   */
  public void append(Pending entry) {
    commits.submit(entry, this::write);
  }

  private void write(List<GroupCommit.Entry<Pending, Void>> batch) {
    log.appendBatch(batch.stream().map(GroupCommit.Entry::item).toList());
    batch.forEach(e -> e.complete(null));
  }
}
