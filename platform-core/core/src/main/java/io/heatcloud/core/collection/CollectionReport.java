package io.heatcloud.core.collection;

import io.heatcloud.api.receivables.Ageing;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.api.receivables.SeasonCollection;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.spreadsheets.SpreadsheetWriter;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.OrgTree;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/** The collection rate and the arrears ageing of every company a user may see. */
@ApplicationScoped
public class CollectionReport {

  private static final Logger LOG = Logger.getLogger(CollectionReport.class);

  @Inject AccessPolicy policy;
  @Inject OrgDirectory directory;
  @Inject ModuleContexts modules;

  /**
   * A company's figures.
   *
   * @param companyCode the company
   * @param companyName its name
   * @param regionName its region
   * @param seasonCode its current (latest) season, or null when it bills nothing yet
   * @param accounts accounts billed in the season
   * @param receivable principal billed, yuan
   * @param received principal received, yuan
   * @param rate received / receivable, percent with 2 decimals
   * @param paidUp accounts fully paid
   * @param ageing what is owed by age over every season, or null
   */
  public record Row(String companyCode, String companyName, String regionName, String seasonCode, long accounts,
      BigDecimal receivable, BigDecimal received, BigDecimal rate, long paidUp, Ageing ageing) implements Serializable {}

  /**
   * The figures of the companies a user may see that bill through a module offering receivables,
   * for each company's latest season.
   *
   * @param user the user
   * @param locale the user's locale
   * @return one row per company, in tree order
   */
  public List<Row> rows(AuthenticatedUser user, Locale locale) {
    return table(user, locale, null).rows();
  }

  /**
   * The dashboard of one season, and the seasons there are.
   *
   * @param rows one row per company, in tree order
   * @param seasons the season codes any of the companies bills, newest first
   */
  public record Table(List<Row> rows, List<String> seasons) {}

  /**
   * The figures of the companies a user may see, for a season (by its code) or each company's latest.
   *
   * @param user the user
   * @param locale the user's locale
   * @param season a season code such as 2025-2026, or null for each company's latest season
   * @return the rows (a company without that season shows no figures) and the season codes
   */
  public Table table(AuthenticatedUser user, Locale locale, String season) {
    String wanted = season == null || season.isBlank() ? null : season.strip();
    OrgTree tree = directory.tree();
    List<Row> rows = new ArrayList<>();
    java.util.SortedSet<String> codes = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    for (NodeView company : policy.nodesFor(user, Operation.ORG_VIEW)) {
      if (company.kind() != NodeKind.COMPANY || company.status() != NodeStatus.ACTIVE) {
        continue;
      }
      List<Receivables> receivables = modules.moduleServices(Receivables.class, null, company, null, locale);
      if (receivables.isEmpty()) {
        continue;
      }
      String region = tree.node(company.parentCode()).map(NodeView::name).orElse("");
      try {
        List<SeasonCollection> seasons = receivables.get(0).collection();
        Ageing ageing = receivables.get(0).ageing();
        seasons.forEach(s -> codes.add(s.seasonCode()));
        SeasonCollection s = wanted == null ? seasons.stream().findFirst().orElse(null)
            : seasons.stream().filter(x -> wanted.equals(x.seasonCode())).findFirst().orElse(null);
        if (s == null) {
          rows.add(new Row(company.code(), company.name(), region, null, 0, zero(), zero(), zero(), 0, ageing));
          continue;
        }
        BigDecimal rate = s.receivable().signum() == 0 ? zero()
            : s.received().multiply(BigDecimal.valueOf(100)).divide(s.receivable(), 2, RoundingMode.HALF_UP);
        rows.add(new Row(company.code(), company.name(), region, s.seasonCode(), s.accounts(), s.receivable(), s.received(),
            rate, s.paidUpAccounts(), ageing));
      } catch (RuntimeException e) {
        LOG.warnf("collection figures of %s unavailable: %s", company.code(), e.getMessage());
      }
    }
    return new Table(rows, List.copyOf(codes));
  }

  /**
   * The figures as an Excel workbook.
   *
   * @param user the user
   * @param locale the user's locale
   * @param out where to write it
   * @return rows written
   */
  public int export(AuthenticatedUser user, Locale locale, OutputStream out) {
    return export(user, locale, null, out);
  }

  /**
   * The figures of a season as an Excel workbook.
   *
   * @param user the user
   * @param locale the user's locale
   * @param season a season code, or null for each company's latest
   * @param out where to write it
   * @return rows written
   */
  public int export(AuthenticatedUser user, Locale locale, String season, OutputStream out) {
    boolean zh = !"en".equals(locale.getLanguage());
    List<String> headers = zh
        ? List.of("公司", "区域", "采暖季", "计费户数", "应收", "实收", "收费率(%)", "缴清户数", "欠费合计", "未到期", "逾期1-30天",
            "逾期31-90天", "逾期91-180天", "逾期180天以上")
        : List.of("Company", "Region", "Season", "Accounts billed", "Receivable", "Received", "Collection rate (%)",
            "Paid up", "Owed", "Not due", "1-30 days", "31-90 days", "91-180 days", "Over 180 days");
    int written = 0;
    try (SpreadsheetWriter writer = new SpreadsheetWriter(zh ? "收费率" : "Collection", headers)) {
      for (Row r : table(user, locale, season).rows()) {
        Ageing a = r.ageing();
        writer.row(List.of(r.companyName(), r.regionName(), r.seasonCode() == null ? "" : r.seasonCode(), r.accounts(),
            r.receivable(), r.received(), r.rate(), r.paidUp(), a == null ? zero() : a.owed(),
            a == null ? zero() : a.notDue(), a == null ? zero() : a.days1to30(), a == null ? zero() : a.days31to90(),
            a == null ? zero() : a.days91to180(), a == null ? zero() : a.over180()));
        written++;
      }
      writer.write(out);
    }
    return written;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
