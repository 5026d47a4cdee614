package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.persistence.BulkCopy;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Tariff;
import io.heatcloud.plugins.billing.rating.TariffRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a company finds when it first enables billing, so that it can run at once and then adapt:
 * the current heating season (15 Nov - 15 Mar, payment by 31 Dec, suspensions applied for by 15
 * Oct), reference prices of Shandong (22 / 30 / 15 yuan per m² for residential, non-residential and
 * low-income households; two-part: base 8.00 capped at 30% of the area price, 45 yuan per GJ), and
 * an approved suspension for each room whose valve the archive records as closed. Nothing happens
 * when the company already has a season.
 */
public class Onboarding {

  private final ModuleContext context;

  /**
   * Creates the onboarding.
   *
   * @param context the company's context
   */
  public Onboarding(ModuleContext context) {
    this.context = context;
  }

  /** Creates the first season, its prices and suspensions when the company has no season. */
  public void firstSeasonIfNone() {
    LocalDate today = LocalDate.now(RunService.ZONE);
    int startYear = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
    LocalDate start = LocalDate.of(startYear, 11, 15);
    Long seasonId = context.inTransaction(em -> {
      if (em.createQuery("SELECT count(s) FROM Season s", Long.class).getSingleResult() > 0) {
        return null;
      }
      Season season = new Season(startYear + "-" + (startYear + 1), startYear + "-" + (startYear + 1) + " 采暖季", start,
          LocalDate.of(startYear + 1, 3, 15), LocalDate.of(startYear, 12, 31), LocalDate.of(startYear, 10, 15));
      em.persist(season);
      em.flush();
      for (TariffRate rate : List.of(
          rate("RESIDENTIAL", "22.00", "8.00"), rate("NON_RESIDENTIAL", "30.00", "10.00"), rate("LOW_INCOME", "15.00", "5.00"))) {
        em.persist(new Tariff(season.getId(), start, rate, "参考价格(山东) / reference prices (Shandong)", "system"));
      }
      return season.getId();
    });
    if (seasonId == null) {
      return;
    }
    AccountDirectory directory = context.service(AccountDirectory.class);
    long after = 0;
    int suspended = 0;
    while (true) {
      List<Long> ids = directory.activeAccountIds(after, 5000);
      if (ids.isEmpty()) {
        break;
      }
      after = ids.get(ids.size() - 1);
      List<Object[]> rows = new ArrayList<>();
      for (Map.Entry<Long, List<PremiseSummary>> entry : directory.premises(ids).entrySet()) {
        for (PremiseSummary room : entry.getValue()) {
          if ("CLOSED".equals(room.valveState())) {
            rows.add(new Object[] {seasonId, entry.getKey(), room.roomId(), "APPROVED", start.minusDays(45),
                "阀门关闭(档案) / valve closed in the archive", "system", "system", java.time.Instant.now(), 0});
          }
        }
      }
      if (!rows.isEmpty()) {
        context.transaction(em -> context.service(BulkCopy.class).copy("billing_suspension", List.of("season_id",
            "account_id", "room_id", "status", "applied_on", "reason", "requested_by", "decided_by", "decided_at", "version"),
            rows));
        suspended += rows.size();
      }
    }
    context.audit().record("billing.onboarding", "season:" + seasonId, "first season with reference prices; "
        + suspended + " rooms with closed valves suspended");
  }

  private static TariffRate rate(String type, String area, String base) {
    return new TariffRate(type, new BigDecimal(area), new BigDecimal("45.00"), new BigDecimal(base),
        new BigDecimal("0.30"), BigDecimal.ONE);
  }
}
