package io.heatcloud.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit of audit entries. A caller queues its entry; whoever finds no batch being written
 * becomes the writer: it writes everything queued (up to {@link #MAX_BATCH}) in one transaction and
 * wakes the callers of those entries. Then, if entries are still queued, it hands the writing to the
 * caller of the oldest of them and returns; that caller writes the next batch, and so on. Every
 * caller returns only when its entry is committed (or gets the failure), exactly as with one
 * transaction per entry, but under load many entries share one chain lock and one commit. Callers
 * block until they are woken (committed, or their turn to write): nobody polls.
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
   * @param turn completed when its caller is to write the next batch
   */
  public record Pending(Instant occurredAt, String actor, String actorNode, String tenant, String action, String target,
      String outcome, String clientIp, String details, CompletableFuture<Void> done, CompletableFuture<Void> turn) {

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
      this(occurredAt, actor, actorNode, tenant, action, target, outcome, clientIp, details, new CompletableFuture<>(),
          new CompletableFuture<>());
    }
  }

  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  /** Held by the one caller writing a batch, and passed from writer to writer while entries are queued. */
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
    if (writing.compareAndSet(false, true)) {
      writeBatch();
    }
    try {
      CompletableFuture.anyOf(entry.done(), entry.turn()).get();
      if (!entry.done().isDone()) {
        // the previous writer handed over: this entry is the oldest queued, so it is in this batch
        writeBatch();
      }
      entry.done().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the audit entry was written", e);
    }
  }

  /** Writes the oldest queued entries; the caller holds {@link #writing} and passes it on or gives it up. */
  private void writeBatch() {
    List<Pending> batch = new ArrayList<>();
    Pending next;
    while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
      batch.add(next);
    }
    try {
      if (!batch.isEmpty()) {
        log.appendBatch(batch);
        batch.forEach(p -> p.done().complete(null));
      }
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    } finally {
      handOver();
    }
  }

  /**
   * Passes the writing to the caller of the oldest queued entry, or gives it up. An entry queued
   * just after the writer looked found the writing taken; the second look after giving it up
   * finds that entry, so no entry is left without a writer.
   */
  private void handOver() {
    while (true) {
      Pending oldest = queue.peek();
      if (oldest != null) {
        oldest.turn().complete(null);
        return;
      }
      writing.set(false);
      if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
        return;
      }
    }
  }
}
