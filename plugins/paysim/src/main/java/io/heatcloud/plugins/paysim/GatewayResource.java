package io.heatcloud.plugins.paysim;

import io.heatcloud.api.context.ModuleContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The simulated remote gateway, at {@code /api/public/modules/{company}/paysim}: its signed
 * merchant API ({@code gateway/...}) and its checkout pages ({@code checkout/...}) where the
 * customer's browser pays.
 */
public class GatewayResource {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ModuleContext context;

  /**
   * Creates the resource for one request.
   *
   * @param context the merchant (the company)
   */
  public GatewayResource(ModuleContext context) {
    this.context = context;
  }

  // --- the merchant API (signed) ------------------------------------------------------------------

  /**
   * Creates an order (again: the same order number answers the same order).
   *
   * @param headers signature headers
   * @param body {orderNo, amount, subject, notifyUrl, returnUrl}
   * @return {orderNo, payUrl}
   */
  @POST
  @Path("gateway/orders")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response createOrder(@Context HttpHeaders headers, String body) {
    Response refused = verify(headers, body);
    if (refused != null) {
      return refused;
    }
    JsonObject order = Json.createReader(new StringReader(body)).readObject();
    String orderNo = order.getString("orderNo", "");
    BigDecimal amount = new BigDecimal(order.getString("amount", "0"));
    if (!orderNo.matches("[A-Za-z0-9]{6,32}") || amount.signum() <= 0 || amount.scale() > 2) {
      return error(400, "INVALID_ORDER", "orderNo or amount invalid");
    }
    List<?> existing = context.inTransaction(em -> {
      em.createNativeQuery("INSERT INTO sim_order (order_no, amount, subject, notify_url, return_url, state, created_at) "
              + "VALUES (?1, ?2, ?3, ?4, ?5, 'NOT_PAID', now()) ON CONFLICT DO NOTHING")
          .setParameter(1, orderNo).setParameter(2, amount).setParameter(3, order.getString("subject", ""))
          .setParameter(4, order.getString("notifyUrl", "")).setParameter(5, order.getString("returnUrl", ""))
          .executeUpdate();
      return em.createNativeQuery("SELECT amount FROM sim_order WHERE order_no = ?1").setParameter(1, orderNo)
          .getResultList();
    });
    if (((BigDecimal) existing.get(0)).compareTo(amount) != 0) {
      return error(409, "ORDER_EXISTS", "the order number exists with another amount");
    }
    return json(Json.createObjectBuilder().add("orderNo", orderNo)
        .add("payUrl", base() + "checkout/" + orderNo));
  }

  /**
   * An order's state.
   *
   * @param headers signature headers (over an empty body)
   * @param orderNo the order
   * @return {orderNo, state, transactionId, amount, paidOn}
   */
  @GET
  @Path("gateway/orders/{orderNo}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response queryOrder(@Context HttpHeaders headers, @PathParam("orderNo") String orderNo) {
    Response refused = verify(headers, "");
    if (refused != null) {
      return refused;
    }
    Map<String, Object> order = order(orderNo);
    JsonObjectBuilder json = Json.createObjectBuilder().add("orderNo", orderNo);
    if (order == null) {
      return json(json.add("state", "UNKNOWN"));
    }
    json.add("state", (String) order.get("state")).add("amount", order.get("amount").toString());
    if (order.get("transactionId") != null) {
      json.add("transactionId", (String) order.get("transactionId")).add("paidOn", order.get("paidOn").toString());
    }
    return json(json);
  }

  /**
   * Refunds part of a paid order; the same refund number answers the same refund.
   *
   * @param headers signature headers
   * @param body {orderNo, refundNo, amount}
   * @return {refundId}
   */
  @POST
  @Path("gateway/refunds")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response refund(@Context HttpHeaders headers, String body) {
    Response refused = verify(headers, body);
    if (refused != null) {
      return refused;
    }
    JsonObject request = Json.createReader(new StringReader(body)).readObject();
    String orderNo = request.getString("orderNo", "");
    String refundNo = request.getString("refundNo", "");
    BigDecimal amount = new BigDecimal(request.getString("amount", "0"));
    Object result = context.inTransaction(em -> {
      List<?> done = em.createNativeQuery("SELECT refund_id FROM sim_refund WHERE refund_no = ?1")
          .setParameter(1, refundNo).getResultList();
      if (!done.isEmpty()) {
        return done.get(0);
      }
      List<?> order = em.createNativeQuery("SELECT amount, state FROM sim_order WHERE order_no = ?1 FOR UPDATE")
          .setParameter(1, orderNo).getResultList();
      if (order.isEmpty() || !"PAID".equals(((Object[]) order.get(0))[1])) {
        return Map.of("code", "ORDER_NOT_PAID");
      }
      BigDecimal refunded = (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM sim_refund "
          + "WHERE order_no = ?1").setParameter(1, orderNo).getSingleResult();
      if (amount.signum() <= 0 || refunded.add(amount).compareTo((BigDecimal) ((Object[]) order.get(0))[0]) > 0) {
        return Map.of("code", "REFUND_EXCEEDS_PAYMENT");
      }
      String refundId = "PR" + LocalDate.now(ZONE).format(DateTimeFormatter.BASIC_ISO_DATE)
          + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
      em.createNativeQuery("INSERT INTO sim_refund (refund_no, order_no, refund_id, amount, refunded_on) "
              + "VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, refundNo).setParameter(2, orderNo)
          .setParameter(3, refundId).setParameter(4, amount).setParameter(5, LocalDate.now(ZONE)).executeUpdate();
      return refundId;
    });
    if (result instanceof Map<?, ?> problem) {
      return error(422, (String) problem.get("code"), "refund refused");
    }
    return json(Json.createObjectBuilder().add("refundId", (String) result));
  }

  /**
   * The statement of a day: payments and refunds settled that day.
   *
   * @param headers signature headers (over an empty body)
   * @param day yyyy-MM-dd
   * @return {lines: [{transactionId, orderNo, refundNo, amount}]}
   */
  @GET
  @Path("gateway/statements/{day}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response statement(@Context HttpHeaders headers, @PathParam("day") String day) {
    Response refused = verify(headers, "");
    if (refused != null) {
      return refused;
    }
    LocalDate date = LocalDate.parse(day);
    var lines = Json.createArrayBuilder();
    context.transaction(em -> {
      for (Object row : em.createNativeQuery("SELECT transaction_id, order_no, amount FROM sim_order "
          + "WHERE state = 'PAID' AND paid_on = ?1 ORDER BY paid_at").setParameter(1, date).getResultList()) {
        Object[] r = (Object[]) row;
        lines.add(Json.createObjectBuilder().add("transactionId", (String) r[0]).add("orderNo", (String) r[1])
            .add("amount", r[2].toString()));
      }
      for (Object row : em.createNativeQuery("SELECT refund_id, order_no, refund_no, amount FROM sim_refund "
          + "WHERE refunded_on = ?1 ORDER BY refund_id").setParameter(1, date).getResultList()) {
        Object[] r = (Object[]) row;
        lines.add(Json.createObjectBuilder().add("transactionId", (String) r[0]).add("orderNo", (String) r[1])
            .add("refundNo", (String) r[2]).add("amount", ((BigDecimal) r[3]).negate().toString()));
      }
    });
    return json(Json.createObjectBuilder().add("day", day).add("lines", lines));
  }

  // --- the customer's pages ---------------------------------------------------------------------

  /**
   * The checkout page.
   *
   * @param orderNo the order
   * @return HTML
   */
  @GET
  @Path("checkout/{orderNo}")
  @Produces(MediaType.TEXT_HTML)
  public Response checkout(@PathParam("orderNo") String orderNo) {
    Map<String, Object> order = order(orderNo);
    if (order == null) {
      return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(page("订单不存在 / No such order", "<p>订单不存在 / No such order</p>")).build();
    }
    String state = (String) order.get("state");
    String action = base() + "checkout/" + orderNo;
    String body = "<h1>模拟支付网关 / Payment simulator</h1>"
        + "<p>商户 / Merchant: <b>" + escape(context.tenant().name()) + "</b></p>"
        + "<p>订单号 / Order: <b id=\"order-no\">" + escape(orderNo) + "</b></p>"
        + "<p>商品 / Subject: " + escape((String) order.get("subject")) + "</p>"
        + "<p>金额 / Amount: <b id=\"amount\">¥" + order.get("amount") + "</b></p>"
        + "<p>状态 / State: <b id=\"state\">" + escape(state) + "</b></p>";
    if ("NOT_PAID".equals(state)) {
      body += "<form method=\"post\" action=\"" + escape(action) + "/pay\"><button id=\"pay\" type=\"submit\">确认支付 / Pay</button></form>"
          + "<form method=\"post\" action=\"" + escape(action) + "/cancel\"><button id=\"cancel\" type=\"submit\">取消 / Cancel</button></form>";
    } else if (order.get("returnUrl") != null && !((String) order.get("returnUrl")).isEmpty()) {
      body += "<p><a id=\"back\" href=\"" + escape(returnUrl(order)) + "\">返回商户 / Back to the merchant</a></p>";
    }
    return Response.ok(page("模拟支付网关", body), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
  }

  /**
   * The customer pays: the order is paid, the notifications go out, the browser returns to the merchant.
   *
   * @param orderNo the order
   * @return a redirect to the merchant's return page
   */
  @POST
  @Path("checkout/{orderNo}/pay")
  public Response pay(@PathParam("orderNo") String orderNo) {
    LocalDate today = LocalDate.now(ZONE);
    String transactionId = "PS" + today.format(DateTimeFormatter.BASIC_ISO_DATE)
        + UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase(Locale.ROOT);
    int updated = context.inTransaction(em -> em.createNativeQuery("UPDATE sim_order SET state = 'PAID', "
            + "transaction_id = ?2, paid_at = now(), paid_on = ?3 WHERE order_no = ?1 AND state = 'NOT_PAID'")
        .setParameter(1, orderNo).setParameter(2, transactionId).setParameter(3, today).executeUpdate());
    Map<String, Object> order = order(orderNo);
    if (order == null) {
      return Response.status(404).build();
    }
    if (updated == 1) {
      notifyPaid(order);
    }
    return Response.seeOther(URI.create(returnUrl(order))).build();
  }

  /**
   * The customer gives up: the order closes.
   *
   * @param orderNo the order
   * @return a redirect to the merchant's return page
   */
  @POST
  @Path("checkout/{orderNo}/cancel")
  public Response cancel(@PathParam("orderNo") String orderNo) {
    context.transaction(em -> em.createNativeQuery("UPDATE sim_order SET state = 'CLOSED' WHERE order_no = ?1 "
        + "AND state = 'NOT_PAID'").setParameter(1, orderNo).executeUpdate());
    Map<String, Object> order = order(orderNo);
    return order == null ? Response.status(404).build() : Response.seeOther(URI.create(returnUrl(order))).build();
  }

  /**
   * Sends the paid notification of an order again (as a gateway's "resend" button does).
   *
   * @param headers signature headers (over an empty body)
   * @param orderNo the order
   * @return 202
   */
  @POST
  @Path("gateway/orders/{orderNo}/resend")
  public Response resend(@Context HttpHeaders headers, @PathParam("orderNo") String orderNo) {
    Response refused = verify(headers, "");
    if (refused != null) {
      return refused;
    }
    Map<String, Object> order = order(orderNo);
    if (order == null || !"PAID".equals(order.get("state"))) {
      return error(422, "ORDER_NOT_PAID", "only paid orders are notified");
    }
    notifyPaid(order);
    return Response.accepted().build();
  }

  private void notifyPaid(Map<String, Object> order) {
    String body = Json.createObjectBuilder().add("orderNo", (String) order.get("orderNo"))
        .add("transactionId", (String) order.get("transactionId")).add("state", "PAID")
        .add("amount", order.get("amount").toString()).add("paidOn", order.get("paidOn").toString()).build().toString();
    var settings = context.settings();
    Notifier.send((String) order.get("notifyUrl"), body, settings.text(PaysimModule.SECRET),
        (int) settings.integer(PaysimModule.COPIES), (int) settings.integer(PaysimModule.DELAY_MS),
        (int) settings.integer(PaysimModule.LOST));
  }

  // --- helpers -------------------------------------------------------------------------------------

  private Response verify(HttpHeaders headers, String body) {
    Map<String, String> lower = new HashMap<>();
    headers.getRequestHeaders().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? null : v.get(0)));
    String problem = Signer.problem(context.settings().text(PaysimModule.SECRET), lower, body,
        context.settings().integer(PaysimModule.WINDOW_SECONDS));
    if (problem == null && !Nonces.fresh(context, "gateway", lower.get(Signer.NONCE))) {
      problem = "nonce used before";
    }
    return problem == null ? null : error(401, "SIGNATURE_REJECTED", problem);
  }

  private Map<String, Object> order(String orderNo) {
    return context.inTransaction(em -> {
      List<?> rows = em.createNativeQuery("SELECT order_no, amount, subject, notify_url, return_url, state, "
          + "transaction_id, paid_on FROM sim_order WHERE order_no = ?1").setParameter(1, orderNo).getResultList();
      if (rows.isEmpty()) {
        return null;
      }
      Object[] r = (Object[]) rows.get(0);
      Map<String, Object> order = new HashMap<>();
      order.put("orderNo", r[0]);
      order.put("amount", r[1]);
      order.put("subject", r[2]);
      order.put("notifyUrl", r[3]);
      order.put("returnUrl", r[4]);
      order.put("state", r[5]);
      order.put("transactionId", r[6]);
      order.put("paidOn", r[7]);
      return order;
    });
  }

  private static String returnUrl(Map<String, Object> order) {
    String url = (String) order.get("returnUrl");
    if (url == null || url.isEmpty()) {
      return "about:blank";
    }
    return url + (url.contains("?") ? "&" : "?") + "orderNo=" + order.get("orderNo");
  }

  private String base() {
    return context.publicUrl() + "api/public/modules/" + context.tenant().code() + "/paysim/";
  }

  /** A merchant API answer, late by the setting apiDelayMs (what the action did is done already: a timeout). */
  private Response json(JsonObjectBuilder json) {
    long delay = Math.min(60_000, Math.max(0, context.settings().integer(PaysimModule.API_DELAY_MS)));
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Response error(int status, String code, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Json.createObjectBuilder().add("code", code).add("message", message).build().toString()).build();
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title></head><body>" + body + "</body></html>";
  }

  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
