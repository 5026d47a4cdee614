package io.heatcloud.api.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  /** Answers each item with its square, counting batches and checking that one batch is written at a time. */
  private static final class Squares implements GroupCommit.Writer<Integer, Integer> {
    final AtomicInteger writing = new AtomicInteger();
    final AtomicInteger overlaps = new AtomicInteger();
    final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    final Set<Integer> seen = Collections.synchronizedSet(new HashSet<>());
    final AtomicInteger duplicates = new AtomicInteger();

    @Override
    public void write(List<GroupCommit.Entry<Integer, Integer>> batch) {
      if (writing.incrementAndGet() != 1) {
        overlaps.incrementAndGet();
      }
      try {
        sizes.add(batch.size());
        Thread.sleep(1); // a transaction takes a while, so that callers queue up behind it
        for (GroupCommit.Entry<Integer, Integer> e : batch) {
          if (!seen.add(e.item())) {
            duplicates.incrementAndGet();
          }
          e.complete(e.item() * e.item());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        writing.decrementAndGet();
      }
    }
  }

  @Test
  void everyCallerGetsItsOwnResultOnceAndBatchesNeverOverlap() throws Exception {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(50);
    Squares writer = new Squares();
    int threads = 16;
    int perThread = 300;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> wrong = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * perThread;
      wrong.add(pool.submit(() -> {
        start.await();
        int bad = 0;
        for (int i = 0; i < perThread; i++) {
          int item = base + i;
          if (commits.submit(item, writer) != item * item) {
            bad++;
          }
        }
        return bad;
      }));
    }
    start.countDown();
    for (Future<Integer> f : wrong) {
      assertEquals(0, f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertEquals(threads * perThread, writer.seen.size(), "every item written");
    assertEquals(0, writer.duplicates.get(), "no item written twice");
    assertEquals(0, writer.overlaps.get(), "one batch at a time");
    assertEquals(threads * perThread, writer.sizes.stream().mapToInt(Integer::intValue).sum());
    assertTrue(writer.sizes.stream().allMatch(s -> s <= 50), "batches respect the limit: " + writer.sizes);
    assertTrue(writer.sizes.size() < threads * perThread, "concurrent callers shared batches: " + writer.sizes.size()
        + " batches for " + threads * perThread + " items");
  }

  @Test
  void aFailedBatchFailsItsCallersAndTheNextBatchesGoOn() throws Exception {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(10);
    IllegalStateException boom = new IllegalStateException("the database went away");
    GroupCommit.Writer<Integer, Integer> writer = batch -> {
      if (batch.stream().anyMatch(e -> e.item() < 0)) {
        throw boom;
      }
      batch.forEach(e -> e.complete(e.item() + 1));
    };
    assertSame(boom, assertThrows(IllegalStateException.class, () -> commits.submit(-1, writer)));
    assertEquals(8, commits.submit(7, writer));
  }

  @Test
  void anEntryTheWriterLeavesUnansweredFailsAndOneItFailsGetsItsOwnException() {
    GroupCommit<String, String> commits = new GroupCommit<>(10);
    GroupCommit.Writer<String, String> writer = batch -> {
      for (GroupCommit.Entry<String, String> e : batch) {
        if (e.item().equals("refuse")) {
          e.fail(new IllegalArgumentException("refused: " + e.item()));
        } else if (e.item().equals("ok")) {
          e.complete("done");
        }
      }
    };
    assertEquals("refused: refuse", assertThrows(IllegalArgumentException.class, () -> commits.submit("refuse", writer))
        .getMessage());
    assertThrows(IllegalStateException.class, () -> commits.submit("forgotten", writer));
    assertEquals("done", commits.submit("ok", writer));
  }

  @Test
  void submitAllAnswersEveryItemInOrderAcrossBatches() {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(7);
    List<Integer> sizes = new ArrayList<>();
    GroupCommit.Writer<Integer, Integer> writer = batch -> {
      sizes.add(batch.size());
      for (GroupCommit.Entry<Integer, Integer> e : batch) {
        if (e.item() % 10 == 3) {
          e.fail(new IllegalArgumentException("no " + e.item()));
        } else {
          e.complete(-e.item());
        }
      }
    };
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      items.add(i);
    }
    List<GroupCommit.Outcome<Integer>> outcomes = commits.submitAll(items, writer);
    assertEquals(50, outcomes.size());
    for (int i = 0; i < 50; i++) {
      GroupCommit.Outcome<Integer> o = outcomes.get(i);
      if (i % 10 == 3) {
        assertNull(o.result());
        assertEquals("no " + i, o.failure().getMessage());
      } else {
        assertEquals(-i, o.result());
        assertNull(o.failure());
      }
    }
    assertEquals(List.of(7, 7, 7, 7, 7, 7, 7, 1), sizes);
  }

  @Test
  void anInterruptedCallerStillWritesWhenItIsItsTurn() throws Exception {
    GroupCommit<Integer, Integer> commits = new GroupCommit<>(100);
    CountDownLatch firstBatchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GroupCommit.Writer<Integer, Integer> writer = batch -> {
      if (batch.get(0).item() == 0) {
        firstBatchStarted.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      batch.forEach(e -> e.complete(e.item()));
    };
    ExecutorService pool = Executors.newFixedThreadPool(3);
    Future<Integer> first = pool.submit(() -> commits.submit(0, writer));
    firstBatchStarted.await();
    // queued behind the first batch: its caller will be handed the writing, though interrupted
    Future<Integer> second = pool.submit(() -> {
      Thread.currentThread().interrupt();
      return commits.submit(1, writer);
    });
    Thread.sleep(50);
    Future<Integer> third = pool.submit(() -> commits.submit(2, writer));
    Thread.sleep(50);
    release.countDown();
    assertEquals(0, first.get(10, TimeUnit.SECONDS));
    assertEquals(1, second.get(10, TimeUnit.SECONDS));
    assertEquals(2, third.get(10, TimeUnit.SECONDS));
    pool.shutdown();
  }
}
