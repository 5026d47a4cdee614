package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.receivables.Suspensions;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link Suspensions} for the portal, on the billing module's case rules. */
public class BillingSuspensions implements Suspensions {

  private final ModuleContext context;

  /**
   * Binds the service to a company.
   *
   * @param context the billing module's context
   */
  public BillingSuspensions(ModuleContext context) {
    this.context = context;
  }

  @Override
  public List<Window> openWindows() {
    LocalDate today = LocalDate.now(RunService.ZONE);
    return context.inTransaction(em -> em.createQuery("SELECT s FROM Season s WHERE s.suspensionApplyBy >= :today "
            + "ORDER BY s.suspensionApplyBy", Season.class).setParameter("today", today).getResultList().stream()
        .map(s -> new Window(s.getId(), s.getName(), s.getSuspensionApplyBy())).toList());
  }

  @Override
  public Application apply(long accountId, long seasonId, String reason, String applicant) {
    Suspension s = new CaseService(context).applySuspensionAs(seasonId, accountId, 0, null, reason, applicant);
    return toApplication(s, seasonNames().getOrDefault(seasonId, String.valueOf(seasonId)));
  }

  @Override
  public List<Application> ofAccount(long accountId) {
    Map<Long, String> names = seasonNames();
    return context.inTransaction(em -> em.createQuery("SELECT s FROM Suspension s WHERE s.accountId = :a ORDER BY s.id DESC",
            Suspension.class).setParameter("a", accountId).getResultList()).stream()
        .map(s -> toApplication(s, names.getOrDefault(s.getSeasonId(), String.valueOf(s.getSeasonId())))).toList();
  }

  private Map<Long, String> seasonNames() {
    return context.inTransaction(em -> em.createQuery("SELECT s FROM Season s", Season.class).getResultList().stream()
        .collect(Collectors.toMap(Season::getId, Season::getName, (a, b) -> a)));
  }

  private static Application toApplication(Suspension s, String seasonName) {
    return new Application(s.getId(), seasonName, s.getAppliedOn(), s.getStatus().name(), s.getReason());
  }
}
