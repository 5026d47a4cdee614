package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.payments.OnlinePayments;
import io.heatcloud.api.payments.PaymentGateway;
import java.util.List;
import java.util.Optional;

/** {@link OnlinePayments} for the customer portal, on the payments module's services. */
public class PortalPayments implements OnlinePayments {

  private final ModuleContext context;

  /**
   * Binds the service to a company.
   *
   * @param context the payments module's context (without a user)
   */
  public PortalPayments(ModuleContext context) {
    this.context = context;
  }

  @Override
  public List<GatewayOption> gateways() {
    return new OnlineService(context).gateways().stream().map(g -> new GatewayOption(g.id(), g.name())).toList();
  }

  @Override
  public PaymentGateway.Checkout pay(long accountId, String gatewayId, String returnUrl, String payer) {
    OnlineService.Order order = new OnlineService(context).create(accountId, gatewayId, returnUrl, payer);
    return new PaymentGateway.Checkout(order.orderNo(), order.payUrl());
  }

  @Override
  public Optional<OrderStatus> order(String orderNo) {
    OnlineService online = new OnlineService(context);
    Optional<OnlineService.Order> order = online.order(orderNo);
    if (order.isPresent() && "CREATED".equals(order.get().status())) {
      try {
        order = Optional.of(online.queryNow(orderNo));
      } catch (RuntimeException e) {
        // the gateway did not answer: the order stays as it is; the background query tries again
      }
    }
    Optional<Long> account = online.accountOf(orderNo);
    return order.map(o -> new OrderStatus(o.orderNo(), account.orElse(-1L), o.amount(), o.status(),
        o.paymentId() == null ? null : new PaymentService(context).entry(o.paymentId()).receiptNo(), o.paymentId()));
  }

  @Override
  public List<PaymentRecord> history(long accountId) {
    return new PaymentService(context).entriesOf(accountId).stream()
        .map(p -> new PaymentRecord(p.id(), p.kind(), p.receiptNo(), p.businessDate(), p.channel(), p.method(), p.amount()))
        .toList();
  }

  @Override
  public Optional<byte[]> receipt(long accountId, long paymentId) {
    PaymentService payments = new PaymentService(context);
    return payments.entryOf(accountId, paymentId).map(p -> new Receipts(context).pdf(p));
  }

  @Override
  public Optional<String> invoiceNo(long accountId, long paymentId) {
    return new Invoices(context).ofAccountPayment(accountId, paymentId).map(Invoices.InvoiceView::invoiceNo);
  }

  @Override
  public Optional<String> requestInvoice(long accountId, long paymentId, String requestedBy) {
    return new Invoices(context).issueForAccount(accountId, paymentId, requestedBy).map(i -> i.invoice().invoiceNo());
  }

  @Override
  public Optional<byte[]> invoice(long accountId, long paymentId) {
    Invoices invoices = new Invoices(context);
    return invoices.ofAccountPayment(accountId, paymentId).map(invoices::pdf);
  }
}
