package io.heatcloud.plugins.payments.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.payments.application.PaymentRequest;
import io.heatcloud.plugins.payments.application.Invoices;
import io.heatcloud.plugins.payments.application.PaymentService;
import io.heatcloud.plugins.payments.application.PaymentView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * {@code #{counter}}: the service-hall counter. The cashier finds the account, sees what it owes,
 * takes the money and gets a receipt. The form carries one idempotency key until a payment
 * succeeds, so a double click or a resubmitted form posts once.
 */
public class CounterViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient PaymentService service;
  private String accountNo;
  private PaymentService.Position position;
  private BigDecimal amount;
  private String method = "CASH";
  private String channelRef;
  private String note;
  private String key = UUID.randomUUID().toString();
  private PaymentView receipt;
  private final Invoices invoices;
  private Invoices.InvoiceView invoice;
  private String buyerName;
  private String buyerTaxId;

  /**
   * Creates the view model.
   *
   * @param context the cashier's company
   */
  public CounterViewModel(ModuleContext context) {
    this.service = new PaymentService(context);
    this.invoices = new Invoices(context);
  }

  /** Issues the electronic invoice of the payment just taken, to the buyer entered (or the holder). */
  public void invoice() {
    if (receipt == null) {
      return;
    }
    Invoices.Issued issued = PageActions.call(() -> invoices.issue(receipt.id(),
        new Invoices.InvoiceRequest(buyerName, buyerTaxId)), null);
    if (issued != null) {
      invoice = issued.invoice();
      PageActions.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
          (PageActions.english() ? "Invoice issued: " : "电子发票已开具，号码 ") + invoice.invoiceNo());
    }
  }

  /** Sends the receipt of the payment just taken as PDF. */
  public void downloadReceipt() {
    if (receipt != null) {
      PageActions.download("收据-" + receipt.receiptNo() + ".pdf", "application/pdf", service.receipt(receipt.id()));
    }
  }

  /** Sends the invoice just issued as PDF. */
  public void downloadInvoice() {
    if (invoice != null) {
      PageActions.download("电子发票-" + invoice.invoiceNo() + ".pdf", "application/pdf", invoices.pdf(invoice));
    }
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String buyerName) {
    this.buyerName = buyerName;
  }

  public String getBuyerTaxId() {
    return buyerTaxId;
  }

  public void setBuyerTaxId(String buyerTaxId) {
    this.buyerTaxId = buyerTaxId;
  }

  public Invoices.InvoiceView getInvoice() {
    return invoice;
  }

  /** Finds the account and proposes what it owes as the amount. */
  public void find() {
    receipt = null;
    invoice = null;
    position = PageActions.call(() -> service.position(accountNo), null);
    if (position != null) {
      amount = position.owed().signum() > 0 ? position.owed() : null;
      key = UUID.randomUUID().toString();
    }
  }

  /** Takes the payment. */
  public void collect() {
    if (position == null) {
      return;
    }
    PaymentService.Posted posted = PageActions.call(() -> service.post(key,
        new PaymentRequest(position.accountNo(), amount, "COUNTER", method, channelRef, note)), null);
    if (posted != null) {
      receipt = posted.payment();
      invoice = null;
      buyerName = null;
      buyerTaxId = null;
      key = UUID.randomUUID().toString();
      PageActions.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
          (PageActions.english() ? "Received, receipt " : "收款成功，收据号 ") + receipt.receiptNo());
      position = PageActions.call(() -> service.position(position.accountNo()), null);
      amount = null;
      channelRef = null;
      note = null;
    }
  }

  public String getAccountNo() {
    return accountNo;
  }

  public void setAccountNo(String accountNo) {
    this.accountNo = accountNo;
  }

  public PaymentService.Position getPosition() {
    return position;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getChannelRef() {
    return channelRef;
  }

  public void setChannelRef(String channelRef) {
    this.channelRef = channelRef;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public PaymentView getReceipt() {
    return receipt;
  }
}
