package io.heatcloud.bench;

import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.ServerProcess;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payment posting over HTTP on loopback: one company with many accounts (default 1 000 000), its
 * season billed, then client threads post counter payments to random accounts, each with its own
 * idempotency key, through the REST API (Bearer token, JSON, the full posting: key claim, allocation
 * to the account's receivables, receipt number, ledger, audit). A warm-up round, then measured
 * rounds; each prints payments per second, latency percentiles, errors and the server's heap. At the
 * end the ledger's invariant is checked.
 *
 * <p>System properties: {@code bench.payment.accounts} (1000000), {@code bench.payment.threads}
 * (32), {@code bench.payment.seconds} (30 per round), {@code bench.payment.rounds} (3), {@code
 * bench.payment.warmup} (20 s), {@code bench.payment.client} ({@code wrk} when wrk is installed,
 * else {@code java}: the load generator, wrk with {@code payments.lua} or Java's HttpClient on
 * client threads), and the database and server properties of {@link BillingBenchmark}.
 */
public final class PaymentBenchmark {

  private PaymentBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try {
      int accounts = Integer.getInteger("bench.payment.accounts", 1_000_000);
      int threads = Integer.getInteger("bench.payment.threads", 32);
      int seconds = Integer.getInteger("bench.payment.seconds", 30);
      int rounds = Integer.getInteger("bench.payment.rounds", 3);
      int warmup = Integer.getInteger("bench.payment.warmup", 20);
      String company = """
          kind: company
          code: BENCH
          parent: JDQY
          name: 缴费压测热力公司
          modules: [billing, payments]
          settings:
            billing:
              runChunkSize: 10000
          demo:
            accounts: %d
            seed: 7
          users:
            - username: bench.admin
              displayName: 压测管理员
              role: COMPANY_ADMIN
              initialPassword: "Bench#Admin2026"
          """.formatted(accounts);
      List<String> report = new ArrayList<>();
      long provisioning = System.nanoTime();
      try (ServerProcess server = BenchEnvironment.start("payments-" + accounts, company,
          List.of(BenchEnvironment.archive("bench.billing"), BenchEnvironment.archive("bench.payments")), 300)) {
        System.out.printf("%,d accounts provisioned in %d s%n", accounts,
            Duration.ofNanos(System.nanoTime() - provisioning).toSeconds());
        Billing billing = new Billing(server.api());
        String token = billing.token("bench.admin", "Bench#Admin2026");
        billing.awaitModule(token);
        billing.completed(token, billing.start(token, billing.season(token)));
        String[] numbers = accountNumbers();
        System.out.printf("season billed; %,d accounts to pay for%n", numbers.length);
        long pid = server.javaPid();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        String url = server.api() + "/modules/payments/payments";
        boolean wrk = "wrk".equals(System.getProperty("bench.payment.client", wrkInstalled() ? "wrk" : "java"));
        System.out.println("load generator: " + (wrk ? "wrk (2 threads, " + threads + " connections)"
            : "Java HttpClient (" + threads + " threads)"));
        Path accountFile = wrk ? writeAccounts(numbers) : null;
        if (wrk) {
          wrkRound(url, token, accountFile, threads, warmup, pid, "warm-up");
        } else {
          round(client, url, token, numbers, threads, warmup, pid, "warm-up");
        }
        for (int r = 1; r <= rounds; r++) {
          report.add(wrk ? wrkRound(url, token, accountFile, threads, seconds, pid, "round " + r)
              : round(client, url, token, numbers, threads, seconds, pid, "round " + r));
        }
        try (Connection c = BenchEnvironment.connect(); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM t_bench.pay_payment), "
                + "(SELECT COALESCE(sum(amount), 0) FROM t_bench.pay_payment), "
                + "(SELECT COALESCE(sum(amount), 0) FROM t_bench.pay_allocation), "
                + "(SELECT COALESCE(sum(balance), 0) FROM t_bench.pay_prepaid), "
                + "(SELECT COALESCE(sum(amount), 0) FROM t_bench.billing_settlement)")) {
          rs.next();
          BigDecimal paid = rs.getBigDecimal(2);
          BigDecimal allocated = rs.getBigDecimal(3);
          BigDecimal prepaid = rs.getBigDecimal(4);
          BigDecimal settled = rs.getBigDecimal(5);
          report.add(String.format("ledger: %,d payments, %s yuan = allocations %s + prepaid %s: %s; allocations = billing "
                  + "settlements %s: %s", rs.getLong(1), paid, allocated, prepaid, paid.compareTo(allocated.add(prepaid)) == 0,
              settled, allocated.compareTo(settled) == 0));
        }
        // every posting was audited, and the concurrent appends left one unbroken chain
        try (Connection c = BenchEnvironment.connect(); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM platform.audit_entry WHERE action = 'payments.post' "
                + "AND tenant = 'BENCH'), (SELECT count(*) FROM (SELECT prev_hash, lag(hash) OVER (ORDER BY id) AS prior "
                + "FROM platform.audit_entry) e WHERE prior IS NOT NULL AND prev_hash <> prior), "
                + "(SELECT count(*) FROM t_bench.pay_payment)")) {
          rs.next();
          report.add(String.format("audit: %,d payments.post entries for %,d payments: %s; links broken in the chain: %d",
              rs.getLong(1), rs.getLong(3), rs.getLong(1) == rs.getLong(3), rs.getLong(2)));
        }
      }
      System.out.println();
      System.out.printf("==== HeatCloud payment posting benchmark (%d cores, %,d accounts, %d client threads) ====%n",
          Runtime.getRuntime().availableProcessors(), accounts, threads);
      System.out.println("database: " + BenchDatabase.describe());
      report.forEach(System.out::println);
    } finally {
      BenchDatabase.stop();
    }
  }

  private static String round(HttpClient client, String url, String token, String[] numbers, int threads, int seconds,
      long pid, String name) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    AtomicLong errors = new AtomicLong();
    AtomicLong firstError = new AtomicLong();
    String[] errorText = new String[1];
    List<Thread> workers = new ArrayList<>();
    long heapBefore = HeapSampler.usedMb(pid);
    long started = System.nanoTime();
    try (HeapSampler heap = new HeapSampler(pid)) {
      for (int t = 0; t < threads; t++) {
        int index = t;
        latencies[t] = new long[1 << 16];
        Thread worker = new Thread(() -> {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          while (System.nanoTime() < end) {
            String account = numbers[random.nextInt(numbers.length)];
            String amount = BigDecimal.valueOf(random.nextInt(5_000, 300_000), 2).toPlainString();
            String body = "{\"accountNo\":\"" + account + "\",\"amount\":" + amount
                + ",\"channel\":\"COUNTER\",\"method\":\"CASH\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
              long took = System.nanoTime() - t0;
              if (response.statusCode() != 201) {
                if (errors.incrementAndGet() == 1) {
                  firstError.set(response.statusCode());
                  errorText[0] = response.body();
                }
                continue;
              }
              if (counts[index] == latencies[index].length) {
                latencies[index] = Arrays.copyOf(latencies[index], counts[index] * 2);
              }
              latencies[index][counts[index]++] = took;
            } catch (Exception e) {
              if (errors.incrementAndGet() == 1) {
                errorText[0] = e.toString();
              }
            }
          }
        }, "payer-" + t);
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      int total = Arrays.stream(counts).sum();
      long[] all = new long[total];
      int at = 0;
      for (int t = 0; t < threads; t++) {
        System.arraycopy(latencies[t], 0, all, at, counts[t]);
        at += counts[t];
      }
      Arrays.sort(all);
      String line = String.format("%s: %,d payments in %.1f s = %,.0f payments/s; latency p50 %.1f ms, p90 %.1f ms, "
              + "p99 %.1f ms, max %.1f ms; %d errors%s; heap %d MB before, peak %d MB", name, total, elapsed,
          total / elapsed, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          errors.get(), errors.get() == 0 ? "" : " (first: " + firstError.get() + " " + errorText[0] + ")", heapBefore,
          heap.peakMb());
      System.out.println(line);
      return line;
    }
  }

  private static boolean wrkInstalled() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
      return true;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path writeAccounts(String[] numbers) throws java.io.IOException {
    Path file = Files.createTempFile("bench-accounts", ".txt");
    file.toFile().deleteOnExit();
    Files.write(file, Arrays.asList(numbers));
    return file;
  }

  /** One round driven by wrk (2 threads, one keep-alive connection per simulated client). */
  private static String wrkRound(String url, String token, Path accounts, int connections, int seconds, long pid,
      String name) throws Exception {
    Path script = Files.createTempFile("payments", ".lua");
    script.toFile().deleteOnExit();
    try (var in = PaymentBenchmark.class.getResourceAsStream("/bench/payments.lua")) {
      Files.write(script, in.readAllBytes());
    }
    long heapBefore = HeapSampler.usedMb(pid);
    CpuMeter cpu = new CpuMeter(pid);
    try (HeapSampler heap = new HeapSampler(pid)) {
      Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
          "-s", script.toString(), url, "--", token, accounts.toString(), String.valueOf(System.nanoTime() % 1_000_000_000L))
          .redirectErrorStream(true).start();
      String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (wrk.waitFor() != 0 || !output.contains("HCWRK ")) {
        throw new IllegalStateException("wrk failed:\n" + output);
      }
      java.util.Map<String, Long> f = new java.util.HashMap<>();
      for (String part : output.substring(output.indexOf("HCWRK ") + 6).strip().split("\\s+")) {
        String[] kv = part.split("=");
        f.put(kv[0], Long.parseLong(kv[1]));
      }
      long non2xx = 0;
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
      if (m.find()) {
        non2xx = Long.parseLong(m.group(1));
      }
      double elapsed = f.get("duration_us") / 1e6;
      long errors = non2xx + f.get("connect") + f.get("read") + f.get("write") + f.get("timeout");
      long ok = f.get("requests") - non2xx;
      CpuMeter.Used used = cpu.used();
      String line = String.format("%s: %,d payments in %.1f s = %,.0f payments/s; latency p50 %.1f ms, p90 %.1f ms, "
              + "p99 %.1f ms, max %.1f ms; %d errors; heap %d MB before, peak %d MB; CPU per payment: server %.2f ms, "
              + "PostgreSQL %.2f ms", name, ok, elapsed, ok / elapsed,
          f.get("p50") / 1e3, f.get("p90") / 1e3, f.get("p99") / 1e3, f.get("max") / 1e3, errors, heapBefore,
          heap.peakMb(), ok == 0 ? 0 : used.jvm() * 1000 / ok, ok == 0 ? 0 : used.postgres() * 1000 / ok);
      System.out.println(line);
      return line;
    }
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static String[] accountNumbers() throws Exception {
    List<String> numbers = new ArrayList<>();
    try (Connection c = BenchEnvironment.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT account_no FROM t_bench.account WHERE status = 'ACTIVE'")) {
      while (rs.next()) {
        numbers.add(rs.getString(1));
      }
    }
    return numbers.toArray(new String[0]);
  }
}
