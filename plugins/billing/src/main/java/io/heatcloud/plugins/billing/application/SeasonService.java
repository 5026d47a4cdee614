package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.UsageTypeSummary;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Tariff;
import io.heatcloud.plugins.billing.rating.TariffRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Heating seasons and their effective-dated tariffs. */
public class SeasonService {

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{4,20}");

  private final ModuleContext context;

  /**
   * Creates the service.
   *
   * @param context the company's context
   */
  public SeasonService(ModuleContext context) {
    this.context = context;
  }

  /**
   * The seasons, latest first.
   *
   * @return the seasons
   */
  public List<Season> seasons() {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> em.createQuery("SELECT s FROM Season s ORDER BY s.startsOn DESC", Season.class)
        .getResultList());
  }

  /**
   * A season.
   *
   * @param id its id
   * @return the season
   */
  public Season season(long id) {
    context.requirePermission(BillingModule.VIEW);
    return context.inTransaction(em -> {
      Season season = em.find(Season.class, id);
      if (season == null) {
        throw new NotFoundException("采暖季不存在 / no such season: " + id);
      }
      return season;
    });
  }

  /**
   * Creates a season.
   *
   * @param form the season
   * @return it
   */
  public Season create(SeasonForm form) {
    context.requirePermission(BillingModule.MANAGE);
    validate(form, true);
    Season season = context.inTransaction(em -> {
      Long same = em.createQuery("SELECT count(s) FROM Season s WHERE s.code = :code", Long.class)
          .setParameter("code", form.code().trim()).getSingleResult();
      if (same > 0) {
        throw new ConflictException("采暖季编号已存在 / the season " + form.code() + " exists");
      }
      Season created = new Season(form.code().trim(), form.name().trim(), form.startsOn(), form.endsOn(),
          form.paymentDueOn(), form.suspensionApplyBy());
      em.persist(created);
      return created;
    });
    context.audit().record("billing.season.create", "season:" + season.getCode(),
        season.getStartsOn() + " - " + season.getEndsOn());
    return season;
  }

  /**
   * Changes a season's name and dates. Lines already billed stay; the next run bills the difference.
   *
   * @param id the season
   * @param form the new values (the code is not changed)
   * @return it
   */
  public Season update(long id, SeasonForm form) {
    context.requirePermission(BillingModule.MANAGE);
    validate(form, false);
    Season season = context.inTransaction(em -> {
      Season found = em.find(Season.class, id);
      if (found == null) {
        throw new NotFoundException("采暖季不存在 / no such season: " + id);
      }
      found.update(form.name().trim(), form.startsOn(), form.endsOn(), form.paymentDueOn(), form.suspensionApplyBy());
      return found;
    });
    context.audit().record("billing.season.update", "season:" + season.getCode(),
        season.getStartsOn() + " - " + season.getEndsOn());
    return season;
  }

  /**
   * Every tariff row of a season, by usage type and start.
   *
   * @param seasonId the season
   * @return the rows
   */
  public List<Tariff> tariffs(long seasonId) {
    season(seasonId);
    return context.inTransaction(em -> em.createQuery("SELECT t FROM Tariff t WHERE t.seasonId = :season "
            + "ORDER BY t.usageType, t.effectiveFrom DESC", Tariff.class)
        .setParameter("season", seasonId).getResultList());
  }

  /**
   * Adds a tariff row: a new price from a day on. Runs after that day use it; lines billed before
   * are corrected by the next run, never rewritten.
   *
   * @param seasonId the season
   * @param form the prices
   * @return the row
   */
  public Tariff addTariff(long seasonId, TariffForm form) {
    context.requirePermission(BillingModule.MANAGE);
    Season season = season(seasonId);
    List<FieldError> errors = new ArrayList<>();
    if (form == null) {
      throw new InvalidRequestException("缺少价格 / the tariff is missing");
    }
    Set<String> types = new HashSet<>();
    for (UsageTypeSummary type : context.service(AccountDirectory.class).usageTypes()) {
      types.add(type.code());
      types.add(type.category());
    }
    if (form.usageType() == null || !types.contains(form.usageType())) {
      errors.add(new FieldError("usageType", "未知的用途 / unknown usage type: " + form.usageType()));
    }
    if (form.effectiveFrom() == null) {
      errors.add(new FieldError("effectiveFrom", "生效日期必填 / the first day is required"));
    } else if (form.effectiveFrom().isAfter(season.getEndsOn())) {
      errors.add(new FieldError("effectiveFrom", "生效日期晚于采暖季结束 / starts after the season ends"));
    }
    price(errors, "areaPrice", form.areaPrice(), new BigDecimal("1000"));
    price(errors, "meteredPrice", form.meteredPrice(), new BigDecimal("1000"));
    price(errors, "basePrice", form.basePrice(), new BigDecimal("1000"));
    ratio(errors, "baseCapRatio", form.baseCapRatio());
    ratio(errors, "billableFraction", form.billableFraction());
    if (form.note() != null && form.note().length() > 200) {
      errors.add(new FieldError("note", "说明最多 200 字 / at most 200 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("价格有误 / the tariff is not valid", errors);
    }
    TariffRate rate = new TariffRate(form.usageType(), form.areaPrice(), form.meteredPrice(), form.basePrice(),
        form.baseCapRatio(), form.billableFraction());
    Tariff tariff = context.inTransaction(em -> {
      Long same = em.createQuery("SELECT count(t) FROM Tariff t WHERE t.seasonId = :season AND t.usageType = :type "
              + "AND t.effectiveFrom = :from", Long.class)
          .setParameter("season", seasonId).setParameter("type", form.usageType())
          .setParameter("from", form.effectiveFrom()).getSingleResult();
      if (same > 0) {
        throw new ConflictException("该用途在此日期已有价格 / a tariff of " + form.usageType() + " from "
            + form.effectiveFrom() + " exists; add one from another day");
      }
      Tariff created = new Tariff(seasonId, form.effectiveFrom(), rate, blankToNull(form.note()), Users.name(context));
      em.persist(created);
      return created;
    });
    context.audit().record("billing.tariff.add", "season:" + season.getCode(),
        form.usageType() + " from " + form.effectiveFrom() + ": area " + form.areaPrice() + ", metered "
            + form.meteredPrice() + ", base " + form.basePrice() + " (cap " + form.baseCapRatio() + "), fraction "
            + form.billableFraction());
    return tariff;
  }

  /**
   * The prices in force on a day, by usage type.
   *
   * @param seasonId the season
   * @param day the day
   * @return the rates
   */
  public Map<String, TariffRate> inForce(long seasonId, java.time.LocalDate day) {
    season(seasonId);
    return context.inTransaction(em -> Biller.tariffsInForce(em, seasonId, day));
  }

  private static void validate(SeasonForm form, boolean creating) {
    if (form == null) {
      throw new InvalidRequestException("缺少采暖季 / the season is missing");
    }
    List<FieldError> errors = new ArrayList<>();
    if (creating && (form.code() == null || !CODE.matcher(form.code().trim()).matches())) {
      errors.add(new FieldError("code", "编号为 4-20 位字母、数字或连字符，如 2026-2027 / 4-20 letters, digits or dashes"));
    }
    if (form.name() == null || form.name().isBlank() || form.name().length() > 60) {
      errors.add(new FieldError("name", "名称必填，最多 60 字 / a name of at most 60 characters is required"));
    }
    if (form.startsOn() == null || form.endsOn() == null || form.paymentDueOn() == null
        || form.suspensionApplyBy() == null) {
      errors.add(new FieldError("startsOn", "四个日期都必填 / all four dates are required"));
    } else {
      if (!form.endsOn().isAfter(form.startsOn()) || form.endsOn().isAfter(form.startsOn().plusDays(240))) {
        errors.add(new FieldError("endsOn", "结束日期须在开始后 240 天内 / the season must end after it starts, within 240 days"));
      }
      if (form.suspensionApplyBy().isAfter(form.startsOn())) {
        errors.add(new FieldError("suspensionApplyBy", "停供申请截止日不能晚于开始日 / the suspension deadline is on or before the start"));
      }
      if (form.paymentDueOn().isBefore(form.startsOn().minusDays(90)) || form.paymentDueOn().isAfter(form.endsOn())) {
        errors.add(new FieldError("paymentDueOn", "缴费截止日须在采暖季内 / the payment deadline is within the season"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("采暖季有误 / the season is not valid", errors);
    }
  }

  private static void price(List<FieldError> errors, String field, BigDecimal value, BigDecimal max) {
    if (value == null || value.signum() < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError(field, "须为 0 到 " + max + " 的金额，最多两位小数 / an amount from 0 to " + max
          + " with at most 2 decimals"));
    }
  }

  private static void ratio(List<FieldError> errors, String field, BigDecimal value) {
    if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError(field, "须为 0 到 1 之间的比例 / a share from 0 to 1"));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
