package io.heatcloud.plugins.billing.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.application.CaseService;
import io.heatcloud.plugins.billing.application.SeasonService;
import io.heatcloud.plugins.billing.domain.Adjustment;
import io.heatcloud.plugins.billing.domain.QualityRecord;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #{cases}}: suspension applications, adjustments and quality incidents of a season, the
 * forms to enter them for an account (by number) and the approvals.
 */
public class CasesViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ModuleContext context;
  private final transient CaseService service;
  private Long seasonId;
  private String accountNo;
  private Long roomId;
  private String reason;
  private LocalDate appliedOn;
  private String kind = "WAIVER";
  private BigDecimal amount;
  private BigDecimal percent;
  private LocalDate measuredOn;
  private BigDecimal temperature;
  private Integer days;
  private LocalDate resumedOn;
  private transient List<Suspension> suspensions;
  private transient List<Adjustment> adjustments;
  private transient List<QualityRecord> incidents;
  private final Map<Long, String> accountNumbers = new HashMap<>();

  /**
   * Creates the view model.
   *
   * @param context the user's company
   */
  public CasesViewModel(ModuleContext context) {
    this.context = context;
    this.service = new CaseService(context);
  }

  public List<Season> getSeasons() {
    return new SeasonService(context).seasons();
  }

  public Long getSeasonId() {
    if (seasonId == null && !getSeasons().isEmpty()) {
      seasonId = getSeasons().get(0).getId();
    }
    return seasonId;
  }

  public void setSeasonId(Long seasonId) {
    this.seasonId = seasonId;
    reload();
  }

  public List<Suspension> getSuspensions() {
    if (suspensions == null) {
      suspensions = getSeasonId() == null ? List.of() : service.suspensions(getSeasonId(), null);
    }
    return suspensions;
  }

  public List<Adjustment> getAdjustments() {
    if (adjustments == null) {
      adjustments = getSeasonId() == null ? List.of() : service.adjustments(getSeasonId(), null);
    }
    return adjustments;
  }

  public List<QualityRecord> getIncidents() {
    if (incidents == null) {
      incidents = getSeasonId() == null ? List.of() : service.incidents(getSeasonId());
    }
    return incidents;
  }

  /**
   * The number of an account, for the tables.
   *
   * @param accountId the account
   * @return its number
   */
  public String number(long accountId) {
    return accountNumbers.computeIfAbsent(accountId, id -> context.service(AccountDirectory.class).byId(id)
        .map(AccountSummary::accountNo).orElse("#" + id));
  }

  /**
   * The rooms of the entered account.
   *
   * @return its premises, empty when the number is unknown
   */
  public List<PremiseSummary> getRooms() {
    if (accountNo == null || accountNo.isBlank()) {
      return List.of();
    }
    AccountDirectory directory = context.service(AccountDirectory.class);
    return directory.byNumber(accountNo.trim())
        .map(a -> directory.premises(List.of(a.id())).getOrDefault(a.id(), List.of())).orElse(List.of());
  }

  public boolean isApprover() {
    return context.hasPermission(BillingModule.APPROVE);
  }

  /** Takes a suspension application for the entered account. */
  public void applySuspension() {
    if (PageActions.run(() -> service.applySuspension(getSeasonId(), account(), room(), appliedOn, reason),
        PageActions.english() ? "Application recorded" : "已受理停供申请")) {
      reason = null;
      reload();
    }
  }

  /** Requests an adjustment for the entered account. */
  public void requestAdjustment() {
    if (PageActions.run(() -> service.requestAdjustment(getSeasonId(), account(), kind, amount, percent, reason),
        PageActions.english() ? "Adjustment requested; it needs another person's approval" : "已提交调整，待他人审批")) {
      reason = null;
      amount = null;
      percent = null;
      reload();
    }
  }

  /** Records a quality incident for the entered account. */
  public void recordIncident() {
    if (PageActions.run(() -> service.recordIncident(getSeasonId(), account(), room(), measuredOn, temperature,
        days == null ? 0 : days, reason), PageActions.english() ? "Incident recorded" : "已登记测温记录")) {
      reason = null;
      reload();
    }
  }

  /**
   * Decides a suspension.
   *
   * @param id the application
   * @param approve approve or reject
   */
  public void decideSuspension(long id, boolean approve) {
    PageActions.run(() -> service.decideSuspension(id, approve), PageActions.english() ? "Decided" : "已处理");
    reload();
  }

  /**
   * Resumes a suspended room on the entered day.
   *
   * @param id the suspension
   */
  public void resume(long id) {
    PageActions.run(() -> service.resume(id, resumedOn), PageActions.english() ? "Heating resumed" : "已恢复供热");
    reload();
  }

  /**
   * Decides an adjustment.
   *
   * @param id the adjustment
   * @param approve approve or reject
   */
  public void decideAdjustment(long id, boolean approve) {
    PageActions.run(() -> service.decideAdjustment(id, approve), PageActions.english() ? "Decided" : "已处理");
    reload();
  }

  private long account() {
    return context.service(AccountDirectory.class).byNumber(accountNo == null ? "" : accountNo.trim())
        .map(AccountSummary::id)
        .orElseThrow(() -> new NotFoundException((PageActions.english() ? "No such account: " : "户号不存在: ") + accountNo));
  }

  private long room() {
    return roomId == null ? 0 : roomId;
  }

  private void reload() {
    suspensions = null;
    adjustments = null;
    incidents = null;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public void setAccountNo(String accountNo) {
    this.accountNo = accountNo;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public void setAppliedOn(LocalDate appliedOn) {
    this.appliedOn = appliedOn;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public void setMeasuredOn(LocalDate measuredOn) {
    this.measuredOn = measuredOn;
  }

  public BigDecimal getTemperature() {
    return temperature;
  }

  public void setTemperature(BigDecimal temperature) {
    this.temperature = temperature;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public LocalDate getResumedOn() {
    return resumedOn;
  }

  public void setResumedOn(LocalDate resumedOn) {
    this.resumedOn = resumedOn;
  }
}
