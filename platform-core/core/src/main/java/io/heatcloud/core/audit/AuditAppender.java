package io.heatcloud.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit of audit entries. A caller queues its entry; whoever finds no batch being written
 * writes everything queued (up to {@link #MAX_BATCH}) in one transaction, then wakes the callers of
 * those entries; the others wait for theirs. Every caller returns only when its entry is committed
 * (or gets the failure), exactly as with one transaction per entry, but under load many entries
 * share one chain lock and one commit.
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
   * @param done completed when committed
   */
  public record Pending(Instant occurredAt, String actor, String actorNode, String tenant, String action, String target,
      String outcome, String clientIp, String details, CompletableFuture<Void> done) {

    /**
     * A new pending entry.
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
    public Pending(Instant occurredAt, String actor, String actorNode, String tenant, String action, String target,
        String outcome, String clientIp, String details) {
      this(occurredAt, actor, actorNode, tenant, action, target, outcome, clientIp, details, new CompletableFuture<>());
    }
  }

  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();

  @Inject AuditLog log;

  /**
   * Appends an entry and returns when it is committed.
   *
   * @param entry the entry
   * @throws RuntimeException when its batch could not be written
   */
  public void append(Pending entry) {
    queue.add(entry);
    while (!entry.done().isDone()) {
      if (writing.compareAndSet(false, true)) {
        List<Pending> batch = new ArrayList<>();
        try {
          Pending next;
          while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
          }
          if (!batch.isEmpty()) {
            log.appendBatch(batch);
            batch.forEach(p -> p.done().complete(null));
          }
        } catch (RuntimeException e) {
          batch.forEach(p -> p.done().completeExceptionally(e));
        } finally {
          writing.set(false);
        }
      } else {
        try {
          entry.done().get(2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
          // not written yet (or failed: rethrown below); the writer may have finished without it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while the audit entry was written", e);
        }
      }
    }
    try {
      entry.done().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
