package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.payments.GatewayException;
import io.heatcloud.api.payments.PaymentGateway;
import io.heatcloud.api.payments.PaymentGateway.GatewayEvent;
import io.heatcloud.api.payments.PaymentGateway.OrderState;
import io.heatcloud.api.receivables.OpenItem;
import io.heatcloud.api.receivables.Receivables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online payments through the gateways the company enabled: an order for what the account owes
 * (computed here, never taken from the customer), the gateway's page to pay it, then the gateway's
 * notification (or, when none arrives, a query) posts the payment once under the gateway's
 * transaction id. A notification whose amount differs from the order's is refused and audited.
 */
public class OnlineService {

  private final ModuleContext context;

  /**
   * Binds the service to a company.
   *
   * @param context the payments module's context
   */
  public OnlineService(ModuleContext context) {
    this.context = context;
  }

  /**
   * An order as the portal and the console see it.
   *
   * @param orderNo the order
   * @param gateway the gateway
   * @param accountNo the account
   * @param amount yuan
   * @param status CREATED, PAID, CLOSED or FAILED
   * @param payUrl the gateway's page
   * @param paymentId the payment once posted
   */
  public record Order(String orderNo, String gateway, String accountNo, BigDecimal amount, String status, String payUrl,
      Long paymentId) {}

  /**
   * The gateways the company enabled.
   *
   * @return id and name of each
   */
  public List<PaymentGateway> gateways() {
    return context.services(PaymentGateway.class);
  }

  /**
   * Creates an order for what an account owes now and registers it at the gateway.
   *
   * @param accountId the account
   * @param gatewayId the gateway
   * @param returnUrl where the customer returns after paying
   * @param createdBy the customer or user
   * @return the order, with the gateway's page
   */
  public Order create(long accountId, String gatewayId, String returnUrl, String createdBy) {
    PaymentGateway gateway = gateway(gatewayId);
    AccountSummary account = context.service(AccountDirectory.class).byId(accountId)
        .orElseThrow(() -> new NotFoundException("账户不存在 / no such account"));
    BigDecimal owed = context.service(Receivables.class).openItems(accountId).stream().map(OpenItem::outstanding)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    if (owed.signum() <= 0) {
      throw new UnprocessableException("该账户没有欠费 / nothing is owed on this account");
    }
    String orderNo = context.inTransaction(em -> {
      long seq = ((Number) em.createNativeQuery("SELECT nextval('pay_order_seq')").getSingleResult()).longValue();
      String no = "HC" + PaymentService.today().format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%010d", seq);
      em.createNativeQuery("INSERT INTO pay_order (order_no, gateway, account_id, account_no, amount, status, created_by, "
              + "created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'CREATED', ?6, now())")
          .setParameter(1, no).setParameter(2, gateway.id()).setParameter(3, accountId)
          .setParameter(4, account.accountNo()).setParameter(5, owed).setParameter(6, createdBy).executeUpdate();
      return no;
    });
    String notifyUrl = context.publicUrl() + "api/public/modules/" + context.tenant().code() + "/payments/notify/"
        + gateway.id();
    PaymentGateway.Checkout checkout;
    try {
      checkout = gateway.createOrder(new PaymentGateway.OrderRequest(orderNo, owed,
          "采暖费 " + account.accountNo(), notifyUrl, returnUrl));
    } catch (GatewayException e) {
      setStatus(orderNo, "FAILED", null);
      throw new ProblemException(502, "gateway-unavailable", "支付渠道暂不可用，请稍后再试 / the payment gateway is "
          + "unavailable; try again later (" + e.getMessage() + ")", List.of());
    }
    context.transaction(em -> em.createNativeQuery("UPDATE pay_order SET pay_url = ?2 WHERE order_no = ?1")
        .setParameter(1, orderNo).setParameter(2, checkout.payUrl()).executeUpdate());
    context.audit().record("payments.order", "order:" + orderNo, account.accountNo() + " " + owed + " via " + gateway.id());
    return order(orderNo).orElseThrow();
  }

  /**
   * Handles a gateway's notification: verifies it, posts the payment once.
   *
   * @param gatewayId the gateway
   * @param headers the request headers, names in lower case
   * @param body the body
   * @return the acknowledgement for the gateway
   */
  public String notified(String gatewayId, Map<String, String> headers, String body) {
    PaymentGateway gateway = gateway(gatewayId);
    GatewayEvent event;
    try {
      event = gateway.verifyNotification(headers, body);
    } catch (GatewayException e) {
      context.audit().record("payments.notification.rejected", "gateway:" + gatewayId, e.getMessage());
      throw new ProblemException(401, "notification-rejected", "通知验证失败 / the notification was rejected: "
          + e.getMessage(), List.of());
    }
    apply(gateway, event);
    return gateway.acknowledgement();
  }

  /**
   * Queries the gateways about orders left open longer than the setting {@code
   * queryOrdersAfterSeconds} (their notification never came) and posts or closes them.
   *
   * @return orders resolved
   */
  public int queryOpenOrders() {
    List<?> open = context.inTransaction(em -> em.createNativeQuery("SELECT order_no, gateway, "
            + "created_at < now() - interval '30 minutes' FROM pay_order WHERE status = 'CREATED' "
            + "AND created_at < now() - make_interval(secs => ?1) AND created_at > now() - interval '3 days' "
            + "ORDER BY created_at LIMIT 500").setParameter(1, context.settings().integer(io.heatcloud.plugins.payments.PaymentsModule.QUERY_AFTER_SECONDS))
        .getResultList());
    int resolved = 0;
    List<PaymentGateway> gateways = open.isEmpty() ? List.of() : gateways();
    for (Object row : open) {
      Object[] r = (Object[]) row;
      String orderNo = (String) r[0];
      Optional<PaymentGateway> gateway = gateways.stream().filter(g -> g.id().equals(r[1])).findFirst();
      if (gateway.isEmpty()) {
        continue;
      }
      try {
        GatewayEvent event = gateway.get().query(orderNo);
        if (event.state() == OrderState.PAID) {
          apply(gateway.get(), event);
          resolved++;
        } else if (event.state() == OrderState.CLOSED
            || (event.state() == OrderState.UNKNOWN && Boolean.TRUE.equals(r[2]))) {
          setStatus(orderNo, "CLOSED", null);
          resolved++;
        }
      } catch (GatewayException | ProblemException e) {
        // the next run asks again
      }
    }
    return resolved;
  }

  /**
   * Asks the gateway about one order now and posts or closes it.
   *
   * @param orderNo the order
   * @return the order afterwards
   */
  public Order queryNow(String orderNo) {
    Order order = order(orderNo).orElseThrow(() -> new NotFoundException("订单不存在 / no such order: " + orderNo));
    if ("CREATED".equals(order.status()) || "FAILED".equals(order.status())) {
      PaymentGateway gateway = gateway(order.gateway());
      GatewayEvent event;
      try {
        event = gateway.query(orderNo);
      } catch (GatewayException e) {
        throw new ProblemException(502, "gateway-unavailable", "支付渠道暂不可用 / the gateway is unavailable: "
            + e.getMessage(), List.of());
      }
      apply(gateway, event);
    }
    return order(orderNo).orElseThrow();
  }

  /**
   * One order.
   *
   * @param orderNo the order
   * @return it, if it exists
   */
  public Optional<Order> order(String orderNo) {
    return context.inTransaction(em -> {
      List<?> rows = em.createNativeQuery("SELECT order_no, gateway, account_no, amount, status, pay_url, payment_id "
          + "FROM pay_order WHERE order_no = ?1").setParameter(1, orderNo).getResultList();
      if (rows.isEmpty()) {
        return Optional.<Order>empty();
      }
      Object[] r = (Object[]) rows.get(0);
      return Optional.of(new Order((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4],
          (String) r[5], r[6] == null ? null : ((Number) r[6]).longValue()));
    });
  }

  /**
   * The account an order is for.
   *
   * @param orderNo the order
   * @return the account id
   */
  public Optional<Long> accountOf(String orderNo) {
    return context.inTransaction(em -> em.createNativeQuery("SELECT account_id FROM pay_order WHERE order_no = ?1")
        .setParameter(1, orderNo).getResultList().stream().findFirst().map(v -> ((Number) v).longValue()));
  }

  /**
   * The order a payment came from, for refunds through the gateway.
   *
   * @param paymentId the payment
   * @return the order number
   */
  Optional<String> orderOfPayment(long paymentId) {
    return context.inTransaction(em -> em.createNativeQuery("SELECT order_no FROM pay_order WHERE payment_id = ?1")
        .setParameter(1, paymentId).getResultList().stream().findFirst().map(String::valueOf));
  }

  PaymentGateway gateway(String gatewayId) {
    return gateways().stream().filter(g -> g.id().equals(gatewayId)).findFirst()
        .orElseThrow(() -> new NotFoundException("没有启用该支付渠道 / no such gateway: " + gatewayId));
  }

  void apply(PaymentGateway gateway, GatewayEvent event) {
    Order order = order(event.orderNo())
        .orElseThrow(() -> new UnprocessableException("订单不存在 / no such order: " + event.orderNo()));
    if (!order.gateway().equals(gateway.id())) {
      throw new UnprocessableException("订单不属于该渠道 / the order belongs to another gateway");
    }
    if (event.state() != OrderState.PAID) {
      if (event.state() == OrderState.CLOSED && "CREATED".equals(order.status())) {
        setStatus(order.orderNo(), "CLOSED", null);
      }
      return;
    }
    if (event.amount() == null || event.amount().compareTo(order.amount()) != 0 || event.transactionId() == null) {
      context.audit().record("payments.notification.mismatch", "order:" + order.orderNo(), "order " + order.amount()
          + ", gateway says " + event.amount() + " (" + event.transactionId() + ")");
      throw new UnprocessableException("通知金额与订单不符 / the notified amount " + event.amount()
          + " differs from the order's " + order.amount());
    }
    LocalDate day = event.paidOn() == null || event.paidOn().isAfter(PaymentService.today())
        ? PaymentService.today() : event.paidOn();
    PaymentService.Posted posted = new PaymentService(context).postFromChannel("GW:" + gateway.id(),
        new PaymentRequest(order.accountNo(), order.amount(), "ONLINE", gateway.id(), event.transactionId(),
            "订单 " + order.orderNo()), "gateway:" + gateway.id(), day);
    setStatus(order.orderNo(), "PAID", posted.payment().id());
  }

  private void setStatus(String orderNo, String status, Long paymentId) {
    context.transaction(em -> em.createNativeQuery("UPDATE pay_order SET status = ?2, payment_id = CASE WHEN ?3 < 0 THEN payment_id ELSE ?3 END, "
            + "paid_at = CASE WHEN ?2 = 'PAID' THEN COALESCE(paid_at, now()) ELSE paid_at END, version = version + 1 "
            + "WHERE order_no = ?1 AND status <> 'PAID'")
        .setParameter(1, orderNo).setParameter(2, status).setParameter(3, paymentId == null ? -1L : paymentId).executeUpdate());
  }
}
