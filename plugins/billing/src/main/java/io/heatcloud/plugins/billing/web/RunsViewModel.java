package io.heatcloud.plugins.billing.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.application.RunService;
import io.heatcloud.plugins.billing.application.RunView;
import io.heatcloud.plugins.billing.application.SeasonService;
import io.heatcloud.plugins.billing.domain.Season;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** {@code #{runs}}: billing runs with their progress, and starting, stopping, restarting them. */
public class RunsViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ModuleContext context;
  private final transient RunService service;
  private List<RunView> list;
  private Long seasonId;
  private LocalDate asOf;

  /**
   * Creates the view model.
   *
   * @param context the user's company
   */
  public RunsViewModel(ModuleContext context) {
    this.context = context;
    this.service = new RunService(context);
  }

  public List<RunView> getRuns() {
    if (list == null) {
      list = service.runs(null);
    }
    return list;
  }

  /** Reloads the runs (the poll while one runs). */
  public void refresh() {
    list = null;
  }

  public boolean isAnyRunning() {
    return getRuns().stream().anyMatch(RunView::isRunning);
  }

  public List<Season> getSeasons() {
    return new SeasonService(context).seasons();
  }

  public boolean isManager() {
    return context.hasPermission(BillingModule.MANAGE);
  }

  /** Starts a run of the chosen season. */
  public void start() {
    if (seasonId == null && !getSeasons().isEmpty()) {
      seasonId = getSeasons().get(0).getId();
    }
    Long season = seasonId;
    if (PageActions.run(() -> service.start(season, asOf), PageActions.english() ? "Billing run started" : "计费批次已启动")) {
      list = null;
    }
  }

  /**
   * Stops a run.
   *
   * @param runId the run
   */
  public void stop(long runId) {
    PageActions.run(() -> service.stop(runId), PageActions.english() ? "Stopping after the current chunk" : "将在当前批次后停止");
    list = null;
  }

  /**
   * Restarts a run.
   *
   * @param runId the run
   */
  public void restart(long runId) {
    PageActions.run(() -> service.restart(runId), PageActions.english() ? "Run restarted" : "计费批次已重启");
    list = null;
  }

  /**
   * Abandons a run.
   *
   * @param runId the run
   */
  public void abandon(long runId) {
    PageActions.run(() -> service.abandon(runId), PageActions.english() ? "Run abandoned" : "计费批次已放弃");
    list = null;
  }

  public Long getSeasonId() {
    return seasonId;
  }

  public void setSeasonId(Long seasonId) {
    this.seasonId = seasonId;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
