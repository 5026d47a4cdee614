package io.heatcloud.plugins.billing.rest;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.exports.SpreadsheetExport;
import io.heatcloud.plugins.billing.application.Arrears;
import io.heatcloud.plugins.billing.application.ArrearsQuery;
import io.heatcloud.plugins.billing.application.CaseService;
import io.heatcloud.plugins.billing.application.LateFeeService;
import io.heatcloud.plugins.billing.application.ReceivableService;
import io.heatcloud.plugins.billing.application.RunService;
import io.heatcloud.plugins.billing.application.RunView;
import io.heatcloud.plugins.billing.application.SeasonForm;
import io.heatcloud.plugins.billing.application.SeasonService;
import io.heatcloud.plugins.billing.application.Statement;
import io.heatcloud.plugins.billing.application.TariffForm;
import io.heatcloud.plugins.billing.domain.Adjustment;
import io.heatcloud.plugins.billing.domain.QualityRecord;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import io.heatcloud.plugins.billing.domain.Tariff;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/modules/billing}: seasons and tariffs, billing runs (start, status, stop, restart,
 * abandon), statements, arrears (with Excel export), suspensions, adjustments, quality incidents and
 * late fees of the caller's company.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {

  private final ModuleContext context;

  /**
   * Creates the resource for one request.
   *
   * @param context the caller's company
   */
  public BillingResource(ModuleContext context) {
    this.context = context;
  }

  /**
   * The seasons.
   *
   * @return latest first
   */
  @GET
  @Path("seasons")
  public List<Season> seasons() {
    return new SeasonService(context).seasons();
  }

  /**
   * Creates a season.
   *
   * @param form the season
   * @return 201 with it
   */
  @POST
  @Path("seasons")
  public Response createSeason(SeasonForm form) {
    return Response.status(201).entity(new SeasonService(context).create(form)).build();
  }

  /**
   * A season.
   *
   * @param id the season
   * @return it
   */
  @GET
  @Path("seasons/{id}")
  public Season season(@PathParam("id") long id) {
    return new SeasonService(context).season(id);
  }

  /**
   * Changes a season's name and dates.
   *
   * @param id the season
   * @param form the new values
   * @return it
   */
  @PUT
  @Path("seasons/{id}")
  public Season updateSeason(@PathParam("id") long id, SeasonForm form) {
    return new SeasonService(context).update(id, form);
  }

  /**
   * Every tariff row of a season.
   *
   * @param id the season
   * @return by usage type, latest first
   */
  @GET
  @Path("seasons/{id}/tariffs")
  public List<Tariff> tariffs(@PathParam("id") long id) {
    return new SeasonService(context).tariffs(id);
  }

  /**
   * Adds a tariff row: new prices from a day on.
   *
   * @param id the season
   * @param form the prices
   * @return 201 with the row
   */
  @POST
  @Path("seasons/{id}/tariffs")
  public Response addTariff(@PathParam("id") long id, TariffForm form) {
    return Response.status(201).entity(new SeasonService(context).addTariff(id, form)).build();
  }

  /**
   * The billing runs.
   *
   * @param seasonId a season, or none for all
   * @return the latest 50
   */
  @GET
  @Path("runs")
  public List<RunView> runs(@QueryParam("seasonId") Long seasonId) {
    return new RunService(context).runs(seasonId);
  }

  /**
   * Starts a billing run.
   *
   * @param request the season and, optionally, the day whose prices apply
   * @return 202 with the run
   */
  @POST
  @Path("runs")
  public Response startRun(RunRequest request) {
    if (request == null || request.seasonId() == null) {
      throw new InvalidRequestException("缺少采暖季 / seasonId is required");
    }
    return Response.status(202).entity(new RunService(context).start(request.seasonId(), request.asOf())).build();
  }

  /**
   * A run with its progress.
   *
   * @param id the run
   * @return it
   */
  @GET
  @Path("runs/{id}")
  public RunView run(@PathParam("id") long id) {
    return new RunService(context).run(id);
  }

  /**
   * Stops a run after its current chunk.
   *
   * @param id the run
   * @return it
   */
  @POST
  @Path("runs/{id}/stop")
  public RunView stop(@PathParam("id") long id) {
    return new RunService(context).stop(id);
  }

  /**
   * Restarts a stopped, failed or interrupted run.
   *
   * @param id the run
   * @return it
   */
  @POST
  @Path("runs/{id}/restart")
  public RunView restart(@PathParam("id") long id) {
    return new RunService(context).restart(id);
  }

  /**
   * Abandons a stopped, failed or interrupted run.
   *
   * @param id the run
   * @return it
   */
  @POST
  @Path("runs/{id}/abandon")
  public RunView abandon(@PathParam("id") long id) {
    return new RunService(context).abandon(id);
  }

  /**
   * The accounts a run could not (fully) bill.
   *
   * @param id the run
   * @return account ids and reasons
   */
  @GET
  @Path("runs/{id}/problems")
  public List<Map<String, Object>> problems(@PathParam("id") long id) {
    return new RunService(context).problems(id).stream()
        .map(r -> Map.<String, Object>of("accountId", r[0], "message", r[1])).toList();
  }

  /**
   * An account's statement.
   *
   * @param id the account
   * @return its seasons, lines, late fees and balance
   */
  @GET
  @Path("accounts/{id}/statement")
  public Statement statement(@PathParam("id") long id) {
    return new ReceivableService(context).statement(id);
  }

  /**
   * An account's statement by number.
   *
   * @param accountNo the number
   * @return the statement
   */
  @GET
  @Path("statements")
  public Statement statementByNumber(@QueryParam("accountNo") String accountNo) {
    return new ReceivableService(context).statementByNumber(accountNo);
  }

  /**
   * The arrears with ageing buckets and totals per community and usage type.
   *
   * @param seasonId a season, or none
   * @param community a community, or none
   * @param usageType a usage type, or none
   * @param minAmount the least owed, or none
   * @param offset rows to skip
   * @param limit rows, at most 500
   * @return a page and the totals
   */
  @GET
  @Path("arrears")
  public Arrears arrears(@QueryParam("seasonId") Long seasonId, @QueryParam("community") String community,
      @QueryParam("usageType") String usageType, @QueryParam("minAmount") BigDecimal minAmount,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    return new ReceivableService(context).arrears(new ArrearsQuery(seasonId, community, usageType, minAmount), offset, limit);
  }

  /**
   * The arrears as an Excel workbook.
   *
   * @param seasonId a season, or none
   * @param community a community, or none
   * @param usageType a usage type, or none
   * @param minAmount the least owed, or none
   * @return arrears.xlsx
   */
  @GET
  @Path("arrears/export")
  @Produces(SpreadsheetExport.MEDIA_TYPE)
  public Response exportArrears(@QueryParam("seasonId") Long seasonId, @QueryParam("community") String community,
      @QueryParam("usageType") String usageType, @QueryParam("minAmount") BigDecimal minAmount) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReceivableService(context).exportArrears(new ArrearsQuery(seasonId, community, usageType, minAmount), out);
    return Response.ok(out.toByteArray(), SpreadsheetExport.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"arrears.xlsx\"").build();
  }

  /**
   * Suspensions of a season.
   *
   * @param id the season
   * @param status APPLIED, APPROVED, REJECTED, RESUMED or CANCELLED; none for all
   * @return up to 500
   */
  @GET
  @Path("seasons/{id}/suspensions")
  public List<Suspension> suspensions(@PathParam("id") long id, @QueryParam("status") String status) {
    return new CaseService(context).suspensions(id, parse(Suspension.Status.class, status));
  }

  /**
   * Takes a suspension application.
   *
   * @param request season, account, room (0 for the only one), day, reason
   * @return 201 with it
   */
  @POST
  @Path("suspensions")
  public Response applySuspension(SuspensionRequest request) {
    require(request != null && request.seasonId() != null && request.accountId() != null,
        "缺少采暖季或账户 / seasonId and accountId are required");
    return Response.status(201).entity(new CaseService(context).applySuspension(request.seasonId(), request.accountId(),
        request.roomId() == null ? 0 : request.roomId(), request.appliedOn(), request.reason())).build();
  }

  /**
   * Approves a suspension.
   *
   * @param id the application
   * @return it
   */
  @POST
  @Path("suspensions/{id}/approve")
  public Suspension approveSuspension(@PathParam("id") long id) {
    return new CaseService(context).decideSuspension(id, true);
  }

  /**
   * Rejects a suspension.
   *
   * @param id the application
   * @return it
   */
  @POST
  @Path("suspensions/{id}/reject")
  public Suspension rejectSuspension(@PathParam("id") long id) {
    return new CaseService(context).decideSuspension(id, false);
  }

  /**
   * Resumes heating of a suspended room.
   *
   * @param id the suspension
   * @param request the first heated day
   * @return it
   */
  @POST
  @Path("suspensions/{id}/resume")
  public Suspension resume(@PathParam("id") long id, ResumeRequest request) {
    return new CaseService(context).resume(id, request == null ? null : request.resumedOn());
  }

  /**
   * Adjustments of a season.
   *
   * @param id the season
   * @param status PENDING, APPROVED or REJECTED; none for all
   * @return up to 500
   */
  @GET
  @Path("seasons/{id}/adjustments")
  public List<Adjustment> adjustments(@PathParam("id") long id, @QueryParam("status") String status) {
    return new CaseService(context).adjustments(id, parse(Adjustment.Status.class, status));
  }

  /**
   * Requests a waiver, subsidy or manual adjustment.
   *
   * @param request season, account, kind, amount or percent, reason
   * @return 201 with it
   */
  @POST
  @Path("adjustments")
  public Response requestAdjustment(AdjustmentRequest request) {
    require(request != null && request.seasonId() != null && request.accountId() != null,
        "缺少采暖季或账户 / seasonId and accountId are required");
    return Response.status(201).entity(new CaseService(context).requestAdjustment(request.seasonId(),
        request.accountId(), request.kind(), request.amount(), request.percent(), request.reason())).build();
  }

  /**
   * Approves an adjustment (not one's own).
   *
   * @param id the adjustment
   * @return it
   */
  @POST
  @Path("adjustments/{id}/approve")
  public Adjustment approveAdjustment(@PathParam("id") long id) {
    return new CaseService(context).decideAdjustment(id, true);
  }

  /**
   * Rejects an adjustment.
   *
   * @param id the adjustment
   * @return it
   */
  @POST
  @Path("adjustments/{id}/reject")
  public Adjustment rejectAdjustment(@PathParam("id") long id) {
    return new CaseService(context).decideAdjustment(id, false);
  }

  /**
   * Quality incidents of a season.
   *
   * @param id the season
   * @return up to 500
   */
  @GET
  @Path("seasons/{id}/quality-incidents")
  public List<QualityRecord> incidents(@PathParam("id") long id) {
    return new CaseService(context).incidents(id);
  }

  /**
   * Records a quality incident.
   *
   * @param request season, account, room, day, temperature, days, note
   * @return 201 with it
   */
  @POST
  @Path("quality-incidents")
  public Response recordIncident(QualityRequest request) {
    require(request != null && request.seasonId() != null && request.accountId() != null && request.days() != null,
        "缺少采暖季、账户或天数 / seasonId, accountId and days are required");
    return Response.status(201).entity(new CaseService(context).recordIncident(request.seasonId(), request.accountId(),
        request.roomId() == null ? 0 : request.roomId(), request.measuredOn(), request.temperature(), request.days(),
        request.note())).build();
  }

  /**
   * Accrues late fees up to a day (the daily job does this for yesterday).
   *
   * @param request the day, not after today
   * @return what was accrued
   */
  @POST
  @Path("late-fees/accrue")
  public LateFeeService.Outcome accrue(AccrueRequest request) {
    require(request != null && request.through() != null, "缺少计至日期 / through is required");
    return new LateFeeService(context).accrue(request.through());
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("未知的状态 / unknown status: " + value);
    }
  }

  /**
   * Starting a run.
   *
   * @param seasonId the season
   * @param asOf the day whose prices apply, today when null
   */
  public record RunRequest(Long seasonId, LocalDate asOf) {}

  /**
   * A suspension application.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room, or null for the account's only room
   * @param appliedOn the day of application, today when null
   * @param reason the reason
   */
  public record SuspensionRequest(Long seasonId, Long accountId, Long roomId, LocalDate appliedOn, String reason) {}

  /**
   * A resumption.
   *
   * @param resumedOn the first heated day
   */
  public record ResumeRequest(LocalDate resumedOn) {}

  /**
   * An adjustment request.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param kind WAIVER, SUBSIDY or MANUAL
   * @param amount a fixed amount, or null
   * @param percent a percentage, or null
   * @param reason why
   */
  public record AdjustmentRequest(Long seasonId, Long accountId, String kind, BigDecimal amount, BigDecimal percent,
      String reason) {}

  /**
   * A quality incident.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room, or null for the only one
   * @param measuredOn the day
   * @param temperature °C
   * @param days days it lasted
   * @param note the report
   */
  public record QualityRequest(Long seasonId, Long accountId, Long roomId, LocalDate measuredOn, BigDecimal temperature,
      Integer days, String note) {}

  /**
   * A late-fee accrual.
   *
   * @param through the last day charged
   */
  public record AccrueRequest(LocalDate through) {}
}
