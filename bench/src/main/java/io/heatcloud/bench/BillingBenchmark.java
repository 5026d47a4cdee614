package io.heatcloud.bench;

import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.ServerProcess;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The billing run at scale: for each size (default 100 000 and 1 000 000 accounts in one company)
 * it provisions a company with that many demo accounts on a fresh database, then bills the same
 * accounts for several seasons with identical prices (the first run warms the JVM up), and prints
 * accounts per second, receivable lines per second and the server's heap. As a yardstick it then
 * writes the same receivable rows with PostgreSQL's COPY into a scratch table without indexes, and
 * into one with the same unique key, and prints the ratio of the run's line rate to COPY's.
 *
 * <p>System properties: {@code bench.accounts} (e.g. {@code 100000,1000000}), {@code bench.repeats}
 * (runs per size), {@code bench.chunk} (accounts per chunk), {@code bench.db} ({@link BenchDatabase}: the database, dropped and
 * created), {@code bench.heap} (the server's JVM options).
 */
public final class BillingBenchmark {

  private BillingBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try {
      List<String> report = new ArrayList<>();
      for (String size : System.getProperty("bench.accounts", "100000,1000000").split(",")) {
        report.addAll(run(Integer.parseInt(size.trim()), Integer.parseInt(System.getProperty("bench.repeats", "3"))));
      }
      System.out.println();
      System.out.println("==== HeatCloud billing benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ====");
      System.out.println("database: " + BenchDatabase.describe());
      report.forEach(System.out::println);
    } finally {
      BenchDatabase.stop();
    }
  }

  private static List<String> run(int accounts, int repeats) throws Exception {
    List<String> lines = new ArrayList<>();
    long provisioning = System.nanoTime();
    try (ServerProcess server = BenchEnvironment.start(Integer.toString(accounts), Billing.company("BENCH", "JDQY", accounts,
        Integer.parseInt(System.getProperty("bench.chunk", "20000")), "Bench#Admin2026"),
        List.of(BenchEnvironment.archive("bench.billing")), 200)) {
      System.out.printf("%,d accounts provisioned (server boot with demo data) in %d s%n", accounts,
          Duration.ofNanos(System.nanoTime() - provisioning).toSeconds());
      Billing billing = new Billing(server.api());
      String token = billing.token("bench.admin", "Bench#Admin2026");
      long first = billing.season(token);
      List<Map<String, Object>> tariffs = billing.as(token).get("/modules/billing/seasons/" + first + "/tariffs")
          .then().statusCode(200).extract().jsonPath().getList("");
      long pid = server.javaPid();
      List<double[]> measured = new ArrayList<>();
      HeapSampler heap = new HeapSampler(pid);
      Thread.sleep(2000); // jstat's own start, before the first run
      long lastSeason = first;
      for (int i = 0; i < repeats; i++) {
        long season = first;
        if (i > 0) {
          int year = 2026 + i;
          season = billing.as(token).body(Map.of("code", year + "-" + (year + 1), "name", year + "-" + (year + 1) + " 采暖季",
                  "startsOn", year + "-11-15", "endsOn", (year + 1) + "-03-15", "paymentDueOn", year + "-12-31",
                  "suspensionApplyBy", year + "-10-15"))
              .post("/modules/billing/seasons").then().statusCode(201).extract().jsonPath().getLong("id");
          for (Map<String, Object> t : tariffs) {
            // prices of a coming season are decided before it: in force from today
            billing.as(token).body(Map.of("usageType", t.get("usageType"), "effectiveFrom",
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                    "areaPrice", t.get("areaPrice"), "meteredPrice", t.get("meteredPrice"), "basePrice", t.get("basePrice"),
                    "baseCapRatio", t.get("baseCapRatio"), "billableFraction", t.get("billableFraction")))
                .post("/modules/billing/seasons/" + season + "/tariffs").then().statusCode(201);
          }
        }
        long heapBefore = heap.currentMb();
        heap.resetPeak();
        JsonPath done;
        long start = System.nanoTime();
        long runId = billing.start(token, season);
        done = billing.await(token, runId, Duration.ofHours(2), r -> "COMPLETED".equals(r.getString("status"))
            || "FAILED".equals(r.getString("status")), Duration.ofMillis(500));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"COMPLETED".equals(done.getString("status"))) {
          throw new IllegalStateException("the run failed: " + done.prettify());
        }
        double jobSeconds = Duration.between(Instant.parse(done.getString("startedAt")),
            Instant.parse(done.getString("endedAt"))).toMillis() / 1000.0;
        long linesCreated = done.getLong("linesCreated");
        // rates from the job's own start and end (the client asks only twice a second)
        measured.add(new double[] {jobSeconds, linesCreated, heap.peakMb()});
        String line = String.format("%,d accounts, run %d%s: %.1f s (job %.1f s), %,.0f accounts/s, %,d lines, %,.0f lines/s, "
                + "%s yuan, heap %d MB before, peak %d MB", accounts, i + 1, i == 0 ? " (warm-up)" : "", seconds,
            jobSeconds, accounts / jobSeconds, linesCreated, linesCreated / jobSeconds, done.getString("amountCreated"),
            heapBefore, heap.peakMb());
        System.out.println(line);
        lines.add(line);
        lastSeason = season;
      }
      heap.close();
      server.kill();
      // the yardstick: COPY of the same rows, read back from the last run
      try (Connection c = BenchEnvironment.connect()) {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        long count = copy.copyOut("COPY (SELECT account_id, season_id, room_id, item, ref, source, community_code, usage_type, "
            + "quantity, unit_price, amount, basis, run_id, created_at FROM t_bench.billing_line WHERE season_id = "
            + lastSeason + ") TO STDOUT", rows);
        byte[] data = rows.toByteArray();
        double bare = copyRate(c, copy, data, count, false);
        double indexed = copyRate(c, copy, data, count, true);
        List<double[]> warm = measured.size() > 1 ? measured.subList(1, measured.size()) : measured;
        double[] best = warm.stream().min(Comparator.comparingDouble(m -> m[0])).orElseThrow();
        double runRate = best[1] / best[0];
        String line = String.format("%,d accounts: best warm run %.1f s = %,.0f accounts/s, %,.0f lines/s; COPY of the same %,d "
                + "rows: %,.0f rows/s into a bare scratch table (run/COPY = %.0f%%), %,.0f rows/s with the same primary key "
                + "(run/COPY = %.0f%%); peak heap %d MB", accounts, best[0], accounts / best[0], runRate, count, bare,
            100 * runRate / bare, indexed, 100 * runRate / indexed, (long) best[2]);
        System.out.println(line);
        lines.add(line);
      }
    }
    return lines;
  }

  private static double copyRate(Connection c, CopyManager copy, byte[] data, long count, boolean indexed) throws Exception {
    double best = 0;
    for (int attempt = 0; attempt < 5; attempt++) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS public.scratch_line");
        s.execute("CREATE TABLE public.scratch_line (LIKE t_bench.billing_line INCLUDING DEFAULTS)");
        if (indexed) {
          s.execute("ALTER TABLE public.scratch_line ADD PRIMARY KEY (season_id, account_id, room_id, item, ref, source)");
        }
        s.execute("CHECKPOINT");
      }
      long start = System.nanoTime();
      copy.copyIn("COPY public.scratch_line (account_id, season_id, room_id, item, ref, source, community_code, usage_type, "
          + "quantity, unit_price, amount, basis, run_id, created_at) FROM STDIN", new ByteArrayInputStream(data));
      double rate = count / ((System.nanoTime() - start) / 1e9);
      best = Math.max(best, rate);
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS public.scratch_line");
    }
    return best;
  }
}
