package io.heatcloud.plugins.billing.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.UsageTypeSummary;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.application.SeasonForm;
import io.heatcloud.plugins.billing.application.SeasonService;
import io.heatcloud.plugins.billing.application.TariffForm;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Tariff;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code #{seasons}}: the seasons, the tariffs of one, and the forms to add either. */
public class SeasonsViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ModuleContext context;
  private final transient SeasonService service;
  private Long seasonId;
  private List<Season> list;
  private List<Tariff> tariffs;

  private String code;
  private String name;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate paymentDueOn;
  private LocalDate suspensionApplyBy;

  private String usageType = "RESIDENTIAL";
  private LocalDate effectiveFrom;
  private BigDecimal areaPrice;
  private BigDecimal meteredPrice;
  private BigDecimal basePrice;
  private BigDecimal baseCapRatio = new BigDecimal("0.30");
  private BigDecimal billableFraction = BigDecimal.ONE;
  private String note;

  /**
   * Creates the view model.
   *
   * @param context the user's company
   */
  public SeasonsViewModel(ModuleContext context) {
    this.context = context;
    this.service = new SeasonService(context);
  }

  public List<Season> getSeasons() {
    if (list == null) {
      list = service.seasons();
    }
    return list;
  }

  public Long getSeasonId() {
    if (seasonId == null && !getSeasons().isEmpty()) {
      seasonId = getSeasons().get(0).getId();
    }
    return seasonId;
  }

  public void setSeasonId(Long seasonId) {
    this.seasonId = seasonId;
    this.tariffs = null;
  }

  public Season getSeason() {
    Long id = getSeasonId();
    return id == null ? null : getSeasons().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
  }

  public List<Tariff> getTariffs() {
    if (tariffs == null) {
      tariffs = getSeasonId() == null ? List.of() : service.tariffs(getSeasonId());
    }
    return tariffs;
  }

  public List<UsageTypeSummary> getUsageTypes() {
    return context.service(AccountDirectory.class).usageTypes();
  }

  public boolean isManager() {
    return context.hasPermission(BillingModule.MANAGE);
  }

  /** Creates the season of the form. */
  public void createSeason() {
    Season created = PageActions.call(() -> service.create(new SeasonForm(code, name, startsOn, endsOn, paymentDueOn,
        suspensionApplyBy)), PageActions.english() ? "Season created" : "已创建采暖季");
    if (created != null) {
      list = null;
      setSeasonId(created.getId());
      code = null;
      name = null;
    }
  }

  /** Adds the tariff row of the form to the selected season. */
  public void addTariff() {
    if (PageActions.run(() -> service.addTariff(getSeasonId(), new TariffForm(usageType, effectiveFrom, areaPrice, meteredPrice,
        basePrice, baseCapRatio, billableFraction, note)), PageActions.english() ? "Tariff added" : "已添加价格")) {
      tariffs = null;
      note = null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getPaymentDueOn() {
    return paymentDueOn;
  }

  public void setPaymentDueOn(LocalDate paymentDueOn) {
    this.paymentDueOn = paymentDueOn;
  }

  public LocalDate getSuspensionApplyBy() {
    return suspensionApplyBy;
  }

  public void setSuspensionApplyBy(LocalDate suspensionApplyBy) {
    this.suspensionApplyBy = suspensionApplyBy;
  }

  public String getUsageType() {
    return usageType;
  }

  public void setUsageType(String usageType) {
    this.usageType = usageType;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public BigDecimal getAreaPrice() {
    return areaPrice;
  }

  public void setAreaPrice(BigDecimal areaPrice) {
    this.areaPrice = areaPrice;
  }

  public BigDecimal getMeteredPrice() {
    return meteredPrice;
  }

  public void setMeteredPrice(BigDecimal meteredPrice) {
    this.meteredPrice = meteredPrice;
  }

  public BigDecimal getBasePrice() {
    return basePrice;
  }

  public void setBasePrice(BigDecimal basePrice) {
    this.basePrice = basePrice;
  }

  public BigDecimal getBaseCapRatio() {
    return baseCapRatio;
  }

  public void setBaseCapRatio(BigDecimal baseCapRatio) {
    this.baseCapRatio = baseCapRatio;
  }

  public BigDecimal getBillableFraction() {
    return billableFraction;
  }

  public void setBillableFraction(BigDecimal billableFraction) {
    this.billableFraction = billableFraction;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
