package io.heatcloud.plugins.paysim;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.payments.GatewayException;
import io.heatcloud.api.payments.PaymentGateway;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platform's client of the simulated gateway, written as a real gateway plugin would be: it
 * talks to the gateway over HTTP only, signs every request and verifies every notification
 * (signature, timestamp window, nonce never seen before).
 */
public class PaysimGateway implements PaymentGateway {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final ModuleContext context;

  /**
   * A client for the company's merchant account.
   *
   * @param context the simulator module's context
   */
  public PaysimGateway(ModuleContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "paysim";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("模拟支付", "Simulated gateway");
  }

  @Override
  public Checkout createOrder(OrderRequest order) {
    String body = Json.createObjectBuilder().add("orderNo", order.orderNo()).add("amount", order.amount().toPlainString())
        .add("subject", order.subject()).add("notifyUrl", order.notifyUrl())
        .add("returnUrl", order.returnUrl() == null ? "" : order.returnUrl()).build().toString();
    JsonObject answer = call("POST", "gateway/orders", body);
    return new Checkout(answer.getString("orderNo"), answer.getString("payUrl"));
  }

  @Override
  public GatewayEvent verifyNotification(Map<String, String> headers, String body) {
    String problem = Signer.problem(secret(), headers, body, context.settings().integer(PaysimModule.WINDOW_SECONDS));
    if (problem != null) {
      throw new GatewayException(problem, true, null);
    }
    if (!Nonces.fresh(context, "client", headers.get(Signer.NONCE))) {
      throw new GatewayException("nonce used before: a replayed notification", true, null);
    }
    JsonObject n;
    try {
      n = Json.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException e) {
      throw new GatewayException("unreadable notification", true, e);
    }
    return event(n);
  }

  @Override
  public String acknowledgement() {
    return "SUCCESS";
  }

  @Override
  public GatewayEvent query(String orderNo) {
    return event(call("GET", "gateway/orders/" + orderNo, ""));
  }

  @Override
  public String refund(String orderNo, String refundNo, BigDecimal amount) {
    String body = Json.createObjectBuilder().add("orderNo", orderNo).add("refundNo", refundNo)
        .add("amount", amount.toPlainString()).build().toString();
    return call("POST", "gateway/refunds", body).getString("refundId");
  }

  @Override
  public List<StatementLine> statement(LocalDate day) {
    JsonObject answer = call("GET", "gateway/statements/" + day, "");
    List<StatementLine> lines = new ArrayList<>();
    for (JsonValue value : answer.getJsonArray("lines")) {
      JsonObject line = value.asJsonObject();
      lines.add(new StatementLine(line.getString("transactionId"), line.getString("orderNo"),
          line.getString("refundNo", null), new BigDecimal(line.getString("amount"))));
    }
    return lines;
  }

  private static GatewayEvent event(JsonObject n) {
    OrderState state;
    try {
      state = OrderState.valueOf(n.getString("state", "UNKNOWN"));
    } catch (IllegalArgumentException e) {
      state = OrderState.UNKNOWN;
    }
    String amount = n.getString("amount", null);
    String paidOn = n.getString("paidOn", null);
    return new GatewayEvent(n.getString("orderNo", null), state, n.getString("transactionId", null),
        amount == null ? null : new BigDecimal(amount), paidOn == null ? null : LocalDate.parse(paidOn));
  }

  private JsonObject call(String method, String path, String body) {
    String url = context.publicUrl() + "api/public/modules/" + context.tenant().code() + "/paysim/" + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMillis(Math.max(100, context.settings().integer(PaysimModule.CLIENT_TIMEOUT_MS))))
        .header("Content-Type", "application/json; charset=utf-8")
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (Map.Entry<String, String> h : Signer.sign(secret(), body).entrySet()) {
      request.header(h.getKey(), h.getValue());
    }
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new GatewayException("the gateway did not answer in time (its outcome is unknown; retry with the same "
          + "key): " + e.getMessage(), false, e);
    } catch (java.io.IOException e) {
      throw new GatewayException("the gateway cannot be reached: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException("interrupted", false, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new GatewayException("the gateway answered " + response.statusCode() + ": " + response.body(), false, null);
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private String secret() {
    return context.settings().text(PaysimModule.SECRET);
  }
}
