package io.heatcloud.plugins.payments.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.payments.application.PaymentService;
import io.heatcloud.plugins.payments.application.PaymentView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code #{payments}}: a business day's payments, refunds and reversals, with totals per channel. */
public class PaymentsViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient PaymentService service;
  private LocalDate day = LocalDate.now(PaymentService.ZONE);
  private String channel;
  private List<PaymentView> rows = List.of();
  private Map<String, BigDecimal> totals = Map.of();

  /**
   * Creates the view model and shows today.
   *
   * @param context the user's company
   */
  public PaymentsViewModel(ModuleContext context) {
    this.service = new PaymentService(context);
    search();
  }

  /** Shows the chosen day and channel (the first 500 entries). */
  public void search() {
    List<PaymentView> found = PageActions.call(() -> service.ofDay(day == null ? LocalDate.now(PaymentService.ZONE) : day,
        channel, 0, 500), null);
    rows = found == null ? List.of() : found;
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (PaymentView p : rows) {
      sums.merge(p.channel(), p.amount(), BigDecimal::add);
    }
    totals = sums;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public List<PaymentView> getRows() {
    return rows;
  }

  public List<Map.Entry<String, BigDecimal>> getTotals() {
    return List.copyOf(totals.entrySet());
  }
}
