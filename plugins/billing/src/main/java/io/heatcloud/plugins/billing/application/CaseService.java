package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.domain.Adjustment;
import io.heatcloud.plugins.billing.domain.QualityRecord;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import io.heatcloud.plugins.billing.rating.AdjustmentFacts;
import io.heatcloud.plugins.billing.rating.ChargeItem;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases that change what one account owes: suspension applications, waivers, subsidies and
 * manual adjustments (four eyes), quality incidents. Once a decision takes effect on an account
 * already billed for the season, the account is billed again at once: the difference appears on
 * its statement as a line of its own.
 */
public class CaseService {

  private final ModuleContext context;

  /**
   * Creates the service.
   *
   * @param context the company's context
   */
  public CaseService(ModuleContext context) {
    this.context = context;
  }

  /**
   * Suspensions of a season, newest first.
   *
   * @param seasonId the season
   * @param status a status, or null for all
   * @return up to 500
   */
  public List<Suspension> suspensions(long seasonId, Suspension.Status status) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> em.createQuery("SELECT s FROM Suspension s WHERE s.seasonId = :season AND "
            + "(:status IS NULL OR s.status = :status) ORDER BY s.id DESC", Suspension.class)
        .setParameter("season", seasonId).setParameter("status", status).setMaxResults(500).getResultList());
  }

  /**
   * Takes an application to stop heating a room for a season; it must arrive by the season's
   * deadline.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room, or 0 for the account's only room
   * @param appliedOn the day the customer applied, today when null
   * @param reason the reason
   * @return the application
   */
  public Suspension applySuspension(long seasonId, long accountId, long roomId, LocalDate appliedOn, String reason) {
    context.requirePermission(BillingModule.ADJUST);
    return applySuspensionAs(seasonId, accountId, roomId, appliedOn, reason, Users.name(context));
  }

  /** An application without a permission check, by a named applicant (the portal's customers). */
  Suspension applySuspensionAs(long seasonId, long accountId, long roomId, LocalDate appliedOn, String reason,
      String applicant) {
    LocalDate day = appliedOn == null ? LocalDate.now(RunService.ZONE) : appliedOn;
    Season season = context.inTransaction(em -> em.find(Season.class, seasonId));
    if (season == null) {
      throw new NotFoundException("采暖季不存在 / no such season: " + seasonId);
    }
    if (day.isAfter(season.getSuspensionApplyBy())) {
      throw new UnprocessableException("已过停供申请截止日 " + season.getSuspensionApplyBy() + " / the deadline to apply "
          + "for a suspension of " + season.getCode() + " was " + season.getSuspensionApplyBy());
    }
    long room = roomOf(accountId, roomId);
    Suspension suspension = context.inTransaction(em -> {
      Long open = em.createQuery("SELECT count(s) FROM Suspension s WHERE s.seasonId = :season AND s.roomId = :room "
              + "AND s.status IN :open", Long.class)
          .setParameter("season", seasonId).setParameter("room", room)
          .setParameter("open", List.of(Suspension.Status.APPLIED, Suspension.Status.APPROVED, Suspension.Status.RESUMED))
          .getSingleResult();
      if (open > 0) {
        throw new ConflictException("该房间本季已有停供申请 / the room already has a suspension for " + season.getCode());
      }
      Suspension created = new Suspension(seasonId, accountId, room, day, trim(reason, 200), applicant);
      em.persist(created);
      return created;
    });
    context.audit().record("billing.suspension.apply", "account:" + accountId, "season " + season.getCode() + ", room " + room);
    return suspension;
  }

  /**
   * Approves or rejects an application.
   *
   * @param id the application
   * @param approve approve or reject
   * @return it
   */
  public Suspension decideSuspension(long id, boolean approve) {
    context.requirePermission(BillingModule.APPROVE);
    Suspension suspension = context.inTransaction(em -> {
      Suspension found = suspension(em, id);
      try {
        found.decide(approve, Users.name(context));
      } catch (IllegalStateException e) {
        throw new ConflictException("申请已处理 / the application was already decided (" + found.getStatus() + ")");
      }
      return found;
    });
    context.audit().record(approve ? "billing.suspension.approve" : "billing.suspension.reject",
        "account:" + suspension.getAccountId(), "suspension " + id);
    rebillIfBilled(suspension.getSeasonId(), suspension.getAccountId(), "S" + id);
    return suspension;
  }

  /**
   * Heating of a suspended room resumes: billed from that day on.
   *
   * @param id the suspension
   * @param on the first heated day
   * @return it
   */
  public Suspension resume(long id, LocalDate on) {
    context.requirePermission(BillingModule.APPROVE);
    if (on == null) {
      throw new InvalidRequestException("恢复日期必填 / the day heating resumes is required",
          List.of(new FieldError("resumedOn", "必填 / required")));
    }
    Suspension suspension = context.inTransaction(em -> {
      Suspension found = suspension(em, id);
      try {
        found.resume(on);
      } catch (IllegalStateException e) {
        throw new ConflictException("只有已批准的停供可以恢复 / only an approved suspension can be resumed");
      }
      return found;
    });
    context.audit().record("billing.suspension.resume", "account:" + suspension.getAccountId(), "from " + on);
    rebillIfBilled(suspension.getSeasonId(), suspension.getAccountId(), "S" + id + "R");
    return suspension;
  }

  /**
   * Adjustments of a season.
   *
   * @param seasonId the season
   * @param status a status, or null for all
   * @return up to 500, newest first
   */
  public List<Adjustment> adjustments(long seasonId, Adjustment.Status status) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> em.createQuery("SELECT a FROM Adjustment a WHERE a.seasonId = :season AND "
            + "(:status IS NULL OR a.status = :status) ORDER BY a.id DESC", Adjustment.class)
        .setParameter("season", seasonId).setParameter("status", status).setMaxResults(500).getResultList());
  }

  /**
   * Requests a waiver, subsidy or manual adjustment.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param kind WAIVER, SUBSIDY or MANUAL
   * @param amount a fixed amount, or null
   * @param percent a percentage of the heat charges, or null
   * @param reason why (required)
   * @return the request
   */
  public Adjustment requestAdjustment(long seasonId, long accountId, String kind, BigDecimal amount, BigDecimal percent,
      String reason) {
    context.requirePermission(BillingModule.ADJUST);
    new SeasonService(context).season(seasonId);
    account(accountId);
    List<FieldError> errors = new ArrayList<>();
    ChargeItem item = null;
    try {
      item = ChargeItem.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("kind", "类别须为 WAIVER、SUBSIDY 或 MANUAL / WAIVER, SUBSIDY or MANUAL"));
    }
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      errors.add(new FieldError("reason", "原因必填，最多 200 字 / a reason of at most 200 characters is required"));
    }
    if (amount != null && (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(new BigDecimal("1000000")) > 0
        || amount.signum() == 0)) {
      errors.add(new FieldError("amount", "金额最多两位小数，不为零 / a non-zero amount with at most 2 decimals"));
    }
    AdjustmentFacts facts = null;
    if (errors.isEmpty()) {
      try {
        facts = new AdjustmentFacts(0, item, amount, percent);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(amount == null ? "percent" : "amount",
            "请填写金额或比例(减免、补贴 0-100%) / give an amount, or a percentage of 0-100 for waivers and subsidies"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("调整有误 / the adjustment is not valid", errors);
    }
    AdjustmentFacts checked = facts;
    Adjustment adjustment = context.inTransaction(em -> {
      Adjustment created = new Adjustment(seasonId, accountId, checked, reason.trim(), Users.name(context));
      em.persist(created);
      return created;
    });
    context.audit().record("billing.adjustment.request", "account:" + accountId,
        adjustment.getKind() + " " + (amount != null ? amount + " yuan" : percent + "%") + ": " + reason);
    return adjustment;
  }

  /**
   * Approves or rejects an adjustment; nobody approves their own.
   *
   * @param id the adjustment
   * @param approve approve or reject
   * @return it
   */
  public Adjustment decideAdjustment(long id, boolean approve) {
    context.requirePermission(BillingModule.APPROVE);
    Adjustment adjustment = context.inTransaction(em -> {
      Adjustment found = em.find(Adjustment.class, id);
      if (found == null) {
        throw new NotFoundException("调整不存在 / no such adjustment: " + id);
      }
      try {
        found.decide(approve, Users.name(context));
      } catch (IllegalStateException e) {
        throw new ConflictException("调整已处理 / the adjustment was already decided (" + found.getStatus() + ")");
      } catch (IllegalArgumentException e) {
        throw new UnprocessableException("不能审批自己申请的调整 / you cannot approve your own adjustment");
      }
      return found;
    });
    context.audit().record(approve ? "billing.adjustment.approve" : "billing.adjustment.reject",
        "account:" + adjustment.getAccountId(), "adjustment " + id);
    if (approve) {
      rebillIfBilled(adjustment.getSeasonId(), adjustment.getAccountId(), "A" + id);
    }
    return adjustment;
  }

  /**
   * Quality incidents of a season, newest first.
   *
   * @param seasonId the season
   * @return up to 500
   */
  public List<QualityRecord> incidents(long seasonId) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> em.createQuery("SELECT q FROM QualityRecord q WHERE q.seasonId = :season "
            + "ORDER BY q.id DESC", QualityRecord.class)
        .setParameter("season", seasonId).setMaxResults(500).getResultList());
  }

  /**
   * Records a room measured below the required temperature, the company at fault.
   *
   * @param seasonId the season
   * @param accountId the account
   * @param roomId the room, or 0 for the account's only room
   * @param measuredOn the day
   * @param temperature °C
   * @param days how many days it lasted
   * @param note the measurement report
   * @return the record
   */
  public QualityRecord recordIncident(long seasonId, long accountId, long roomId, LocalDate measuredOn,
      BigDecimal temperature, int days, String note) {
    context.requirePermission(BillingModule.ADJUST);
    Season season = new SeasonService(context).season(seasonId);
    List<FieldError> errors = new ArrayList<>();
    if (measuredOn == null || measuredOn.isBefore(season.getStartsOn()) || measuredOn.isAfter(season.getEndsOn())) {
      errors.add(new FieldError("measuredOn", "测温日期须在采暖季内 / the day must be within the season"));
    }
    if (temperature == null || temperature.compareTo(new BigDecimal("-30")) < 0
        || temperature.compareTo(new BigDecimal("40")) > 0 || temperature.stripTrailingZeros().scale() > 1) {
      errors.add(new FieldError("temperature", "温度为 -30 到 40 °C，一位小数 / -30 to 40 °C with one decimal"));
    }
    if (days < 1 || days > season.getDays()) {
      errors.add(new FieldError("days", "天数为 1 到 " + season.getDays() + " / 1 to " + season.getDays() + " days"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("测温记录有误 / the measurement is not valid", errors);
    }
    long room = roomOf(accountId, roomId);
    QualityRecord record = context.inTransaction(em -> {
      QualityRecord created = new QualityRecord(seasonId, accountId, room, measuredOn, temperature, days, trim(note, 200),
          Users.name(context));
      em.persist(created);
      return created;
    });
    context.audit().record("billing.quality.record", "account:" + accountId,
        temperature + " °C for " + days + " days in room " + room);
    rebillIfBilled(seasonId, accountId, "Q" + record.getId());
    return record;
  }

  private void rebillIfBilled(long seasonId, long accountId, String event) {
    context.transaction(em -> {
      Number lines = (Number) em.createNativeQuery("SELECT count(*) FROM billing_line WHERE account_id = ?1 AND season_id = ?2")
          .setParameter(1, accountId).setParameter(2, seasonId).getSingleResult();
      if (lines.longValue() > 0) {
        Season season = em.find(Season.class, seasonId);
        new Biller(context).bill(em, season, LocalDate.now(RunService.ZONE), List.of(accountId), "E" + event, null, true);
      }
    });
  }

  private long roomOf(long accountId, long roomId) {
    account(accountId);
    List<PremiseSummary> rooms = context.service(AccountDirectory.class).premises(List.of(accountId))
        .getOrDefault(accountId, List.of());
    if (roomId == 0) {
      if (rooms.size() != 1) {
        throw new InvalidRequestException("请选择房间 / choose the room", List.of(new FieldError("roomId", "必填 / required")));
      }
      return rooms.get(0).roomId();
    }
    if (rooms.stream().noneMatch(r -> r.roomId() == roomId)) {
      throw new InvalidRequestException("房间不属于该账户 / the room is not the account's",
          List.of(new FieldError("roomId", "无效 / not valid")));
    }
    return roomId;
  }

  private void account(long accountId) {
    if (context.service(AccountDirectory.class).byId(accountId).isEmpty()) {
      throw new NotFoundException("账户不存在 / no such account: " + accountId);
    }
  }

  private static Suspension suspension(EntityManager em, long id) {
    Suspension found = em.find(Suspension.class, id);
    if (found == null) {
      throw new NotFoundException("停供申请不存在 / no such suspension: " + id);
    }
    return found;
  }

  private static String trim(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
