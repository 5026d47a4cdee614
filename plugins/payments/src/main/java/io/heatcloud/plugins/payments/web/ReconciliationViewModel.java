package io.heatcloud.plugins.payments.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.payments.PaymentGateway;
import io.heatcloud.plugins.payments.application.OnlineService;
import io.heatcloud.plugins.payments.application.PaymentService;
import io.heatcloud.plugins.payments.application.ReconciliationService;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #{recon}}: the daily reconciliation of online gateways: run a day against the gateway's
 * statement, resolve each difference with a reason, close the day; the recent days with their state.
 */
public class ReconciliationViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ReconciliationService service;
  private final transient ModuleContext context;
  private LocalDate day = LocalDate.now(PaymentService.ZONE);
  private String gateway;
  private String bank;
  private transient jakarta.servlet.http.Part statement;
  private ReconciliationService.Day current;
  private List<ReconciliationService.Day> recent = List.of();
  private final Map<Long, String> actions = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();

  /**
   * Creates the view model with the recent days.
   *
   * @param context the user's company
   */
  public ReconciliationViewModel(ModuleContext context) {
    this.context = context;
    this.service = new ReconciliationService(context);
    List<String> ids = getGateways();
    gateway = ids.isEmpty() ? null : ids.get(0);
    loadRecent();
  }

  /** Reconciles the chosen gateway and day. */
  public void run() {
    ReconciliationService.Day done = PageActions.call(() -> service.reconcileGateway(gateway, day), null);
    if (done != null) {
      current = done;
      loadRecent();
    }
  }

  /** Reconciles the chosen bank and day against the uploaded statement file. */
  public void runBank() {
    if (statement == null) {
      PageActions.message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          PageActions.english() ? "Choose the bank's statement file." : "请选择银行对账文件。");
      return;
    }
    byte[] content;
    try (java.io.InputStream in = statement.getInputStream()) {
      content = in.readNBytes(io.heatcloud.plugins.payments.application.BankFileImport.MAX_BYTES + 1);
    } catch (java.io.IOException e) {
      PageActions.message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage());
      return;
    }
    String name = statement.getSubmittedFileName();
    ReconciliationService.Day done = PageActions.call(() -> service.reconcileBank(bank, day, name, content), null);
    if (done != null) {
      current = done;
      loadRecent();
    }
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public jakarta.servlet.http.Part getStatement() {
    return statement;
  }

  public void setStatement(jakarta.servlet.http.Part statement) {
    this.statement = statement;
  }

  /**
   * Opens a reconciled day.
   *
   * @param id the reconciliation
   */
  public void open(long id) {
    current = PageActions.call(() -> service.day(id), null);
  }

  /**
   * Resolves a difference with the action and reason entered on its row.
   *
   * @param itemId the difference
   */
  public void resolve(long itemId) {
    ReconciliationService.Day done = PageActions.call(() -> service.resolve(itemId, actions.get(itemId), reasons.get(itemId)),
        null);
    if (done != null) {
      current = done;
      loadRecent();
    }
  }

  /** Closes the open day. */
  public void close() {
    if (current == null) {
      return;
    }
    long id = current.id();
    ReconciliationService.Day done = PageActions.call(() -> service.close(id), null);
    if (done != null) {
      current = done;
      loadRecent();
    }
  }

  private void loadRecent() {
    List<ReconciliationService.Day> days = PageActions.call(() -> service.days(LocalDate.now(PaymentService.ZONE).minusDays(30),
        LocalDate.now(PaymentService.ZONE)), null);
    recent = days == null ? List.of() : days;
  }

  /**
   * The gateways enabled for the company.
   *
   * @return their ids
   */
  public List<String> getGateways() {
    return new OnlineService(context).gateways().stream().map(PaymentGateway::id).toList();
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public ReconciliationService.Day getCurrent() {
    return current;
  }

  public List<ReconciliationService.Day> getRecent() {
    return recent;
  }

  public Map<Long, String> getActions() {
    return actions;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
