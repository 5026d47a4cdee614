package io.heatcloud.plugins.paysim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The simulated gateway's notification sender, the way real gateways behave: each notification is
 * sent in several copies at random moments (so they arrive duplicated and out of order), each copy
 * freshly signed; the first deliveries may be lost; a delivery that is not answered with 2xx is
 * retried with growing pauses. It runs on its own threads, as the outside system it stands for.
 */
final class Notifier {

  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
  private static final int ATTEMPTS = 6;
  private static volatile ScheduledExecutorService executor;
  private static volatile HttpClient client;

  private Notifier() {}

  static synchronized void start() {
    if (executor == null) {
      AtomicInteger n = new AtomicInteger();
      executor = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "paysim-notifier-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }
  }

  static synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  /**
   * Sends a notification.
   *
   * @param url the merchant's notify URL
   * @param body the notification
   * @param secret the merchant's secret
   * @param copies copies sent
   * @param maxDelayMs the longest random delay of a copy
   * @param lost first delivery attempts dropped (per copy)
   */
  static void send(String url, String body, String secret, int copies, int maxDelayMs, int lost) {
    ScheduledExecutorService pool = executor;
    if (pool == null) {
      start();
      pool = executor;
    }
    for (int i = 0; i < Math.max(1, copies); i++) {
      long delay = maxDelayMs <= 0 ? 0 : ThreadLocalRandom.current().nextLong(maxDelayMs + 1L);
      ScheduledExecutorService p = pool;
      p.schedule(() -> attempt(p, url, body, secret, 1, lost), delay, TimeUnit.MILLISECONDS);
    }
  }

  private static void attempt(ScheduledExecutorService pool, String url, String body, String secret, int attempt,
      int lost) {
    boolean delivered = false;
    if (attempt > lost) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        for (Map.Entry<String, String> h : Signer.sign(secret, body).entrySet()) {
          request.header(h.getKey(), h.getValue());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        delivered = response.statusCode() / 100 == 2;
        if (!delivered) {
          LOG.fine(() -> "notification answered " + response.statusCode() + ": " + response.body());
        }
      } catch (Exception e) {
        LOG.fine(() -> "notification failed: " + e);
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    if (!delivered && attempt < ATTEMPTS && !pool.isShutdown()) {
      long pause = 500L << (attempt - 1);
      pool.schedule(() -> attempt(pool, url, body, secret, attempt + 1, lost), pause, TimeUnit.MILLISECONDS);
    }
  }
}
