package io.heatcloud.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap of another JVM with {@code jstat -gc} every half second (survivors, eden and
 * old generation) and keeps the highest value.
 */
final class HeapSampler implements AutoCloseable {

  private final long pid;
  private final AtomicLong peakKb = new AtomicLong();
  private final AtomicLong lastKb = new AtomicLong(-1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Process jstat;

  HeapSampler(long pid) {
    this.pid = pid;
    this.thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  static long usedMb(long pid) {
    long kb = usedKb(pid);
    return kb < 0 ? -1 : kb / 1024;
  }

  long peakMb() {
    return peakKb.get() / 1024;
  }

  /** The latest sample, in MB (-1 before the first). */
  long currentMb() {
    long kb = lastKb.get();
    return kb < 0 ? -1 : kb / 1024;
  }

  /**
   * Starts a new peak from the latest sample: one sampler can watch several runs without starting a
   * jstat JVM at the beginning of each (which would take CPU from the run it measures).
   */
  void resetPeak() {
    peakKb.set(Math.max(0, lastKb.get()));
  }

  /** One jstat process printing a line every 500 ms (starting a JVM per sample would load the machine). */
  private void sample() {
    Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
    Process p;
    try {
      p = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid), "500").redirectErrorStream(true).start();
      this.jstat = p;
    } catch (Exception e) {
      return;
    }
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String header = out.readLine();
      String line;
      while (running && header != null && (line = out.readLine()) != null) {
        long kb = used(header, line);
        lastKb.set(kb);
        peakKb.accumulateAndGet(kb, Math::max);
      }
    } catch (Exception e) {
      // the sampler stops with the server
    } finally {
      p.destroy();
    }
  }

  private static long used(String header, String values) {
    String[] names = header.trim().split("\\s+");
    String[] numbers = values.trim().split("\\s+");
    double used = 0;
    for (int i = 0; i < names.length && i < numbers.length; i++) {
      if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
        used += Double.parseDouble(numbers[i]);
      }
    }
    return (long) used;
  }

  private static long usedKb(long pid) {
    Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
    try {
      Process p = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String header = out.readLine();
        String values = out.readLine();
        p.waitFor();
        if (header == null || values == null) {
          return -1;
        }
        return used(header, values);
      }
    } catch (Exception e) {
      return -1;
    }
  }

  @Override
  public void close() {
    running = false;
    Process p = jstat;
    if (p != null) {
      p.destroy();
    }
    thread.interrupt();
  }
}
