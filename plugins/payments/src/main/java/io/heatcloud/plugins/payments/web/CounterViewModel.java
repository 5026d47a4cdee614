package io.heatcloud.plugins.payments.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.payments.application.PaymentRequest;
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

  /**
   * Creates the view model.
   *
   * @param context the cashier's company
   */
  public CounterViewModel(ModuleContext context) {
    this.service = new PaymentService(context);
  }

  /** Finds the account and proposes what it owes as the amount. */
  public void find() {
    receipt = null;
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
