package io.heatcloud.api.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit (API 1.4.0): many callers' items written together, by one of the callers, in one
 * transaction. A caller submits an item and gets its result when the batch holding it is written,
 * exactly as if it had written the item alone; under load many items share one transaction, its
 * locks, round trips and commit.
 *
 * <p>Whoever submits while no batch is being written becomes the writer: it takes the oldest queued
 * items (up to the batch size, its own first) and writes them with the {@link Writer} it passed.
 * When it is done and items are still queued, it hands the writing to the caller of the oldest of
 * them and returns; that caller writes the next batch, and so on. Nobody polls and no thread of the
 * platform's is needed: the callers' own threads (requests, jobs) do the writing, each with its own
 * context. Callers whose items are in a batch block until the writer completes them.
 *
 * <p>A writer must serve every item it is given as its own caller would (same tenant, same rules);
 * keep one instance per tenant and kind of item.
 *
 * @param <T> the item
 * @param <R> what a caller gets back for it
 */
public final class GroupCommit<T, R> {

  /**
   * Writes a batch.
   *
   * @param <T> the item
   * @param <R> the result
   */
  @FunctionalInterface
  public interface Writer<T, R> {

    /**
     * Writes the batch and completes each entry ({@link Entry#complete} or {@link Entry#fail}). An
     * exception fails every entry not completed yet; an entry left open fails too.
     *
     * @param batch the entries, oldest first
     */
    void write(List<Entry<T, R>> batch);
  }

  /**
   * One submitted item and its outcome.
   *
   * @param <T> the item
   * @param <R> the result
   */
  public static final class Entry<T, R> {

    private final T item;
    private final CompletableFuture<R> done = new CompletableFuture<>();
    private final CompletableFuture<Void> turn = new CompletableFuture<>();

    Entry(T item) {
      this.item = item;
    }

    /**
     * The item.
     *
     * @return it
     */
    public T item() {
      return item;
    }

    /**
     * Answers the item's caller.
     *
     * @param result the result
     */
    public void complete(R result) {
      done.complete(result);
    }

    /**
     * Fails the item's caller with an exception (thrown in its thread).
     *
     * @param failure the failure
     */
    public void fail(RuntimeException failure) {
      done.completeExceptionally(failure);
    }

    /**
     * Whether the entry was answered (completed or failed).
     *
     * @return true when answered
     */
    public boolean isDone() {
      return done.isDone();
    }
  }

  private final int maxBatch;
  private final ConcurrentLinkedQueue<Entry<T, R>> queue = new ConcurrentLinkedQueue<>();
  /** Held by the one caller writing a batch, and passed from writer to writer while items are queued. */
  private final AtomicBoolean writing = new AtomicBoolean();

  /**
   * A group commit.
   *
   * @param maxBatch the most items written in one batch
   */
  public GroupCommit(int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1");
    }
    this.maxBatch = maxBatch;
  }

  /**
   * Submits an item and returns its result once its batch is written; the calling thread may be the
   * one that writes it.
   *
   * @param item the item
   * @param writer how this caller writes a batch when it is its turn
   * @return the item's result
   * @throws RuntimeException the failure the writer gave the item
   */
  public R submit(T item, Writer<T, R> writer) {
    Entry<T, R> entry = new Entry<>(item);
    queue.add(entry);
    if (writing.compareAndSet(false, true)) {
      writeBatch(writer);
    }
    return await(entry, writer);
  }

  /**
   * Submits several items of one caller, in order, and returns their outcomes once all are
   * written (a file of payments, say): they share batches with each other and with other callers'.
   *
   * @param items the items
   * @param writer how this caller writes a batch when it is its turn
   * @return per item, in order, its result or its failure
   */
  public List<Outcome<R>> submitAll(List<T> items, Writer<T, R> writer) {
    List<Entry<T, R>> entries = new ArrayList<>(items.size());
    for (T item : items) {
      Entry<T, R> entry = new Entry<>(item);
      entries.add(entry);
      queue.add(entry);
    }
    if (!entries.isEmpty() && writing.compareAndSet(false, true)) {
      writeBatch(writer);
    }
    List<Outcome<R>> outcomes = new ArrayList<>(entries.size());
    for (Entry<T, R> entry : entries) {
      try {
        outcomes.add(new Outcome<>(await(entry, writer), null));
      } catch (RuntimeException e) {
        outcomes.add(new Outcome<>(null, e));
      }
    }
    return outcomes;
  }

  /**
   * The outcome of one of several submitted items.
   *
   * @param result the result, when written
   * @param failure the failure, when not
   * @param <R> the result type
   */
  public record Outcome<R>(R result, RuntimeException failure) {}

  private R await(Entry<T, R> entry, Writer<T, R> writer) {
    // waits without giving up on interrupts: a caller handed the writing must write, or the items
    // queued behind its own would wait for ever
    CompletableFuture.anyOf(entry.done, entry.turn).handle((v, e) -> null).join();
    if (!entry.done.isDone()) {
      // the previous writer handed over: this entry is the oldest queued, so it is in this batch
      writeBatch(writer);
    }
    try {
      return entry.done.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** Writes the oldest queued items; the caller holds {@link #writing} and passes it on or gives it up. */
  private void writeBatch(Writer<T, R> writer) {
    List<Entry<T, R>> batch = new ArrayList<>();
    Entry<T, R> next;
    while (batch.size() < maxBatch && (next = queue.poll()) != null) {
      batch.add(next);
    }
    try {
      if (!batch.isEmpty()) {
        writer.write(batch);
        for (Entry<T, R> e : batch) {
          if (!e.isDone()) {
            e.fail(new IllegalStateException("the batch's writer left the item unanswered"));
          }
        }
      }
    } catch (RuntimeException | Error e) {
      RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      for (Entry<T, R> entry : batch) {
        if (!entry.isDone()) {
          entry.fail(failure);
        }
      }
      if (e instanceof Error error) {
        handOver();
        throw error;
      }
    }
    handOver();
  }

  /**
   * Passes the writing to the caller of the oldest queued item, or gives it up. An item queued just
   * after the writer looked found the writing taken; the second look after giving it up finds that
   * item, so no item is left without a writer.
   */
  private void handOver() {
    while (true) {
      Entry<T, R> oldest = queue.peek();
      if (oldest != null) {
        oldest.turn.complete(null);
        return;
      }
      writing.set(false);
      if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
        return;
      }
    }
  }
}
