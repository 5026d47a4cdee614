package io.heatcloud.plugins.billing.web;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.billing.application.Arrears;
import io.heatcloud.plugins.billing.application.ArrearsQuery;
import io.heatcloud.plugins.billing.application.ReceivableService;
import io.heatcloud.plugins.billing.application.SeasonService;
import io.heatcloud.plugins.billing.domain.Season;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code #{arrears}}: who owes what, by age, with totals per community and usage type. */
public class ArrearsViewModel implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 25;

  private final transient ModuleContext context;
  private final transient ReceivableService service;
  private Long seasonId;
  private String community;
  private String usageType;
  private BigDecimal minAmount;
  private int offset;
  private Arrears arrears;

  /**
   * Creates the view model.
   *
   * @param context the user's company
   */
  public ArrearsViewModel(ModuleContext context) {
    this.context = context;
    this.service = new ReceivableService(context);
  }

  public Arrears getArrears() {
    if (arrears == null) {
      arrears = service.arrears(query(), offset, PAGE);
    }
    return arrears;
  }

  /** Applies the filters from the first page. */
  public void search() {
    offset = 0;
    arrears = null;
  }

  /** The next page. */
  public void next() {
    if (offset + PAGE < getArrears().totalRows()) {
      offset += PAGE;
      arrears = null;
    }
  }

  /** The previous page. */
  public void previous() {
    offset = Math.max(0, offset - PAGE);
    arrears = null;
  }

  public int getFrom() {
    return getArrears().totalRows() == 0 ? 0 : offset + 1;
  }

  public long getTo() {
    return Math.min(offset + PAGE, getArrears().totalRows());
  }

  public List<Season> getSeasons() {
    return new SeasonService(context).seasons();
  }

  public Map<String, List<String>> getFilterValues() {
    return service.filterValues();
  }

  /**
   * The export link's query.
   *
   * @return e.g. {@code seasonId=1&community=XQ01}
   */
  public String getExportQuery() {
    StringBuilder q = new StringBuilder();
    append(q, "seasonId", seasonId == null ? null : seasonId.toString());
    append(q, "community", community);
    append(q, "usageType", usageType);
    append(q, "minAmount", minAmount == null ? null : minAmount.toPlainString());
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private ArrearsQuery query() {
    return new ArrearsQuery(seasonId, community, usageType, minAmount);
  }

  public Long getSeasonId() {
    return seasonId;
  }

  public void setSeasonId(Long seasonId) {
    this.seasonId = seasonId;
  }

  public String getCommunity() {
    return community;
  }

  public void setCommunity(String community) {
    this.community = community;
  }

  public String getUsageType() {
    return usageType;
  }

  public void setUsageType(String usageType) {
    this.usageType = usageType;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(BigDecimal minAmount) {
    this.minAmount = minAmount;
  }
}
