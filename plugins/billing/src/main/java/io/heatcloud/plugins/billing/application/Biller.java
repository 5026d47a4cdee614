package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.MeterReadingSummary;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.persistence.BulkCopy;
import io.heatcloud.plugins.billing.domain.Adjustment;
import io.heatcloud.plugins.billing.domain.QualityRecord;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import io.heatcloud.plugins.billing.domain.Tariff;
import io.heatcloud.plugins.billing.rating.AdjustmentFacts;
import io.heatcloud.plugins.billing.rating.Charge;
import io.heatcloud.plugins.billing.rating.ChargeItem;
import io.heatcloud.plugins.billing.rating.MeterConsumption;
import io.heatcloud.plugins.billing.rating.QualityIncident;
import io.heatcloud.plugins.billing.rating.Rating;
import io.heatcloud.plugins.billing.rating.RoomFacts;
import io.heatcloud.plugins.billing.rating.SeasonPeriod;
import io.heatcloud.plugins.billing.rating.TariffRate;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bills accounts for a season, in the caller's transaction: rates each account ({@link Rating})
 * and writes, for every charge, the difference between what the account owes and what its lines
 * already say. The first line of a charge has source {@code CHARGE}; later differences (a price
 * changed before a later run, a suspension or adjustment approved) carry the source that found
 * them ({@code R<run>} or {@code E<event>}), so nothing is ever rewritten and billing the same
 * accounts twice writes nothing the second time.
 *
 * <p>Runs take a shared advisory lock on the season for each chunk, single-account billing an
 * exclusive one, so two writers never compute a difference from the same lines.
 */
final class Biller {

  static final String FIRST = "CHARGE";

  private static final List<String> COLUMNS = List.of("account_id", "season_id", "room_id", "item", "ref", "source",
      "community_code", "usage_type", "quantity", "unit_price", "amount", "basis", "run_id");

  private final ModuleContext context;

  Biller(ModuleContext context) {
    this.context = context;
  }

  /**
   * What a call wrote.
   *
   * @param lines lines written
   * @param amount their sum
   * @param problems accounts that could not be (fully) rated
   */
  record Outcome(long lines, BigDecimal amount, int problems) {}

  /**
   * Bills accounts.
   *
   * @param em the transaction's entity manager
   * @param season the season
   * @param asOf the day whose prices apply
   * @param accountIds the accounts, ascending
   * @param source the source of correction lines ({@code R<run>} or {@code E<event>})
   * @param runId the run, or null
   * @param exclusive whether to lock the season exclusively (single accounts) or shared (runs)
   * @return what was written
   */
  Outcome bill(EntityManager em, Season season, LocalDate asOf, List<Long> accountIds, String source, Long runId,
      boolean exclusive) {
    if (accountIds.isEmpty()) {
      return new Outcome(0, BigDecimal.ZERO, 0);
    }
    lockSeason(em, season.getId(), exclusive);
    long first = accountIds.get(0);
    long last = accountIds.get(accountIds.size() - 1);
    SeasonPeriod period = season.period();
    Rating rating = new Rating(period, tariffsInForce(em, season.getId(), asOf), BillingSettings.rules(context.settings()));

    AccountDirectory directory = context.service(AccountDirectory.class);
    Map<Long, List<PremiseSummary>> premises = directory.premises(accountIds);
    Map<Long, BigDecimal> consumption = consumption(directory, premises, period);
    Map<Long, Suspension> suspensions = new HashMap<>();
    em.createQuery("SELECT s FROM Suspension s WHERE s.seasonId = :season AND s.accountId BETWEEN :first AND :last "
            + "AND s.status IN :effective", Suspension.class)
        .setParameter("season", season.getId()).setParameter("first", first).setParameter("last", last)
        .setParameter("effective", List.of(Suspension.Status.APPROVED, Suspension.Status.RESUMED))
        .getResultStream().forEach(s -> suspensions.put(s.getRoomId(), s));
    Map<Long, List<QualityIncident>> incidents = new HashMap<>();
    em.createQuery("SELECT q FROM QualityRecord q WHERE q.seasonId = :season AND q.accountId BETWEEN :first AND :last",
            QualityRecord.class)
        .setParameter("season", season.getId()).setParameter("first", first).setParameter("last", last)
        .getResultStream().forEach(q -> incidents.computeIfAbsent(q.getAccountId(), k -> new ArrayList<>()).add(q.incident()));
    Map<Long, List<AdjustmentFacts>> adjustments = new HashMap<>();
    em.createQuery("SELECT a FROM Adjustment a WHERE a.seasonId = :season AND a.accountId BETWEEN :first AND :last "
            + "AND a.status = :approved ORDER BY a.id", Adjustment.class)
        .setParameter("season", season.getId()).setParameter("first", first).setParameter("last", last)
        .setParameter("approved", Adjustment.Status.APPROVED)
        .getResultStream().forEach(a -> adjustments.computeIfAbsent(a.getAccountId(), k -> new ArrayList<>()).add(a.facts()));
    Map<Long, Map<Charge.Key, BigDecimal>> billed = billed(em, season.getId(), first, last);

    Map<Long, String> problems = new LinkedHashMap<>();
    long[] lines = {0};
    BigDecimal[] amount = {BigDecimal.ZERO};
    // each line goes to the server as soon as it is rated: it stores them while the next are rated
    context.service(BulkCopy.class).copy("billing_line", COLUMNS, sink -> {
      for (long accountId : accountIds) {
        List<RoomFacts> rooms = new ArrayList<>();
        for (PremiseSummary p : premises.getOrDefault(accountId, List.of())) {
          Suspension suspension = suspensions.get(p.roomId());
          boolean metered = "METERED".equals(p.heatingMode());
          rooms.add(new RoomFacts(p.roomId(), p.communityCode(), p.usageType(), p.usageCategory(), p.heatedArea(), metered,
              metered ? consumption.get(p.roomId()) : null, suspension != null,
              suspension == null ? null : suspension.getResumedOn()));
        }
        if (rooms.isEmpty()) {
          problems.put(accountId, "账户没有房间 / the account has no premises");
          continue;
        }
        Rating.Result result = rating.rate(rooms, incidents.getOrDefault(accountId, List.of()),
            adjustments.getOrDefault(accountId, List.of()));
        if (!result.problems().isEmpty()) {
          problems.put(accountId, String.join("; ", result.problems()));
        }
        Map<Charge.Key, Charge> target = new LinkedHashMap<>();
        result.charges().forEach(c -> target.merge(c.key(), c, (x, y) -> x));
        Map<Charge.Key, BigDecimal> already = billed.getOrDefault(accountId, Map.of());
        Set<Charge.Key> keys = new LinkedHashSet<>(target.keySet());
        keys.addAll(already.keySet());
        for (Charge.Key key : keys) {
          Charge charge = target.get(key);
          BigDecimal owed = charge == null ? BigDecimal.ZERO : charge.amount();
          BigDecimal had = already.get(key);
          BigDecimal delta = had == null ? owed : owed.subtract(had);
          if (delta.signum() == 0) {
            continue;
          }
          String lineSource = had == null ? FIRST : source;
          sink.add(accountId, season.getId(), key.roomId(), key.item().name(), key.ref(), lineSource,
              charge == null ? null : charge.communityCode(), charge == null ? null : charge.usageType(),
              charge == null ? null : charge.quantity(), charge == null ? null : charge.unitPrice(), delta,
              truncate(charge == null ? "撤销 / withdrawn" : had == null ? charge.basis()
                  : charge.basis() + " (原 / was " + had.toPlainString() + ")"), runId);
          lines[0]++;
          amount[0] = amount[0].add(delta);
        }
      }
    });
    if (runId != null) {
      for (Map.Entry<Long, String> problem : problems.entrySet()) {
        em.createNativeQuery("INSERT INTO billing_run_problem (run_id, account_id, message) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT DO NOTHING")
            .setParameter(1, runId).setParameter(2, problem.getKey()).setParameter(3, truncate(problem.getValue(), 500))
            .executeUpdate();
      }
      em.createNativeQuery("UPDATE billing_run SET lines_created = lines_created + ?1, amount_created = amount_created + ?2, "
              + "problems = problems + ?3 WHERE id = ?4")
          .setParameter(1, lines[0]).setParameter(2, amount[0]).setParameter(3, problems.size())
          .setParameter(4, runId).executeUpdate();
    }
    return new Outcome(lines[0], amount[0], problems.size());
  }

  /**
   * The prices in force on a day: for each usage type, the row with the latest start on or before it.
   *
   * @param em the entity manager
   * @param seasonId the season
   * @param asOf the day
   * @return the rates by usage type
   */
  static Map<String, TariffRate> tariffsInForce(EntityManager em, long seasonId, LocalDate asOf) {
    Map<String, TariffRate> rates = new HashMap<>();
    em.createQuery("SELECT t FROM Tariff t WHERE t.seasonId = :season AND t.effectiveFrom <= :asOf "
            + "ORDER BY t.usageType, t.effectiveFrom DESC", Tariff.class)
        .setParameter("season", seasonId).setParameter("asOf", asOf)
        .getResultStream().forEach(t -> rates.putIfAbsent(t.getUsageType(), t.rate()));
    return rates;
  }

  private static Map<Long, BigDecimal> consumption(AccountDirectory directory, Map<Long, List<PremiseSummary>> premises,
      SeasonPeriod period) {
    List<Long> metered = premises.values().stream().flatMap(List::stream)
        .filter(p -> "METERED".equals(p.heatingMode())).map(PremiseSummary::roomId).toList();
    Map<Long, BigDecimal> result = new HashMap<>();
    if (metered.isEmpty()) {
      return result;
    }
    Map<Long, List<MeterConsumption.Reading>> readings = new HashMap<>();
    for (MeterReadingSummary r : directory.readings(metered, period.start().minusDays(MeterConsumption.WINDOW_DAYS),
        period.end().plusDays(MeterConsumption.WINDOW_DAYS))) {
      readings.computeIfAbsent(r.roomId(), k -> new ArrayList<>()).add(new MeterConsumption.Reading(r.readOn(), r.readingGj()));
    }
    readings.forEach((room, list) -> {
      BigDecimal gj = MeterConsumption.over(list, period);
      if (gj != null) {
        result.put(room, gj);
      }
    });
    return result;
  }

  private static Map<Long, Map<Charge.Key, BigDecimal>> billed(EntityManager em, long seasonId, long first, long last) {
    Map<Long, Map<Charge.Key, BigDecimal>> result = new HashMap<>();
    List<?> rows = em.createNativeQuery("SELECT account_id, room_id, item, ref, sum(amount) FROM billing_line "
            + "WHERE account_id BETWEEN ?1 AND ?2 AND season_id = ?3 GROUP BY account_id, room_id, item, ref")
        .setParameter(1, first).setParameter(2, last).setParameter(3, seasonId).getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
          .put(new Charge.Key(((Number) r[1]).longValue(), ChargeItem.valueOf((String) r[2]), (String) r[3]),
              (BigDecimal) r[4]);
    }
    return result;
  }

  private static void lockSeason(EntityManager em, long seasonId, boolean exclusive) {
    em.createNativeQuery("SELECT count(*) FROM (SELECT " + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
            + "(hashtext(current_schema() || ':billing'), CAST(?1 AS integer))) l")
        .setParameter(1, seasonId).getSingleResult();
  }

  private static String truncate(String text) {
    return truncate(text, 200);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
