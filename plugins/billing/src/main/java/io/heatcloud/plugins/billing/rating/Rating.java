package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an account owes for a season: one {@link Charge} per room and item, plus one per quality
 * incident and per adjustment. A billing run turns the difference between these charges and what
 * was already billed into receivable lines, so a rule or price change shows as a correction line,
 * never as a rewritten one.
 *
 * <ul>
 *   <li>Area-billed room: {@code AREA = billable area × area price × heated days / season days}.
 *   <li>Metered room (two-part tariff): {@code BASE = billable area × min(base price, cap ratio ×
 *       area price) × heated days / season days}; {@code METERED = GJ × metered price} once the
 *       season's readings are complete.
 *   <li>Billable area = heated area × billable fraction.
 *   <li>Suspended room: no heat charge for the suspended days; {@code SUSPENSION = billable area ×
 *       area price × fee % × suspended days / season days} (no line at 0%).
 *   <li>Quality incident: {@code QUALITY = −(full season charge of the room × days × band fraction /
 *       season days)}, the full season charge being the room's area (or base) charge for all days.
 *   <li>Waiver or subsidy by percentage: {@code −(sum of the account's heat charges × %)}; by amount:
 *       minus the amount; manual adjustment: the signed amount.
 * </ul>
 *
 * Each amount is rounded once, to the fen, half-up ({@link Money}).
 */
public final class Rating {

  private final SeasonPeriod season;
  private final Map<String, TariffRate> tariffs;
  private final RatingRules rules;

  /**
   * Creates the rating of a season.
   *
   * @param season the season's days
   * @param tariffs the rates in force, by usage type; a usage type without its own rate uses the
   *     rate of its category
   * @param rules the company's rules
   */
  public Rating(SeasonPeriod season, Map<String, TariffRate> tariffs, RatingRules rules) {
    this.season = season;
    this.tariffs = Map.copyOf(tariffs);
    this.rules = rules;
  }

  /**
   * The charges of an account.
   *
   * @param rooms its rooms
   * @param incidents its quality incidents
   * @param adjustments its approved adjustments
   * @return the charges, and the rooms that could not be rated
   */
  public Result rate(List<RoomFacts> rooms, List<QualityIncident> incidents, List<AdjustmentFacts> adjustments) {
    List<Charge> charges = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<Long, BigDecimal> fullCharge = new HashMap<>();
    Map<Long, RoomFacts> byId = new HashMap<>();
    int days = season.days();
    for (RoomFacts room : rooms) {
      byId.put(room.roomId(), room);
      TariffRate rate = rateOf(room);
      if (rate == null) {
        problems.add("房间 " + room.roomId() + " 的用途 " + room.usageType() + " 没有价格 / no tariff for usage type "
            + room.usageType());
        continue;
      }
      BigDecimal billable = rate.billable(room.heatedArea());
      int heated = room.heatedDays(season);
      int suspended = days - heated;
      if (room.metered()) {
        BigDecimal base = rate.effectiveBasePrice();
        fullCharge.put(room.roomId(), Money.round(billable.multiply(base)));
        add(charges, room, ChargeItem.BASE, "", billable, base,
            Money.divide(billable.multiply(base).multiply(BigDecimal.valueOf(heated)), days),
            plain(billable) + " × " + plain(base) + dayShare(heated, days));
        if (room.consumptionGj() != null) {
          if (room.consumptionGj().signum() < 0) {
            problems.add("房间 " + room.roomId() + " 的读数减少 / meter reading of room " + room.roomId() + " went down");
          } else {
            add(charges, room, ChargeItem.METERED, "", room.consumptionGj(), rate.meteredPrice(),
                Money.round(room.consumptionGj().multiply(rate.meteredPrice())),
                plain(room.consumptionGj()) + " GJ × " + plain(rate.meteredPrice()));
          }
        }
      } else {
        fullCharge.put(room.roomId(), Money.round(billable.multiply(rate.areaPrice())));
        add(charges, room, ChargeItem.AREA, "", billable, rate.areaPrice(),
            Money.divide(billable.multiply(rate.areaPrice()).multiply(BigDecimal.valueOf(heated)), days),
            plain(billable) + " × " + plain(rate.areaPrice()) + dayShare(heated, days));
      }
      if (suspended > 0 && rules.suspensionFeePercent().signum() > 0) {
        BigDecimal exact = billable.multiply(rate.areaPrice()).multiply(rules.suspensionFeePercent())
            .multiply(BigDecimal.valueOf(suspended));
        add(charges, room, ChargeItem.SUSPENSION, "", billable, rate.areaPrice(), Money.divide(exact, days * 100L),
            plain(billable) + " × " + plain(rate.areaPrice()) + " × " + plain(rules.suspensionFeePercent()) + "%"
                + dayShare(suspended, days));
      }
    }
    for (QualityIncident incident : incidents) {
      RoomFacts room = byId.get(incident.roomId());
      BigDecimal full = fullCharge.get(incident.roomId());
      if (room == null || full == null) {
        continue;
      }
      BigDecimal fraction = rules.qualityBands().fraction(incident.temperature());
      int incidentDays = Math.min(incident.days(), room.heatedDays(season));
      if (fraction.signum() == 0 || incidentDays <= 0) {
        continue;
      }
      BigDecimal amount = Money.divide(full.multiply(BigDecimal.valueOf(incidentDays)).multiply(fraction), days).negate();
      add(charges, room, ChargeItem.QUALITY, "Q" + incident.id(), BigDecimal.valueOf(incidentDays), null, amount,
          plain(full) + " × " + incidentDays + "/" + days + " × " + plain(fraction) + " (" + plain(incident.temperature())
              + " °C)");
    }
    BigDecimal heat = charges.stream().filter(c -> c.item().isHeatCharge()).map(Charge::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    for (AdjustmentFacts adjustment : adjustments) {
      BigDecimal amount;
      String basis;
      if (adjustment.percent() != null) {
        amount = Money.divide(heat.multiply(adjustment.percent()), 100).negate();
        basis = plain(heat) + " × " + plain(adjustment.percent()) + "%";
      } else if (adjustment.kind() == ChargeItem.MANUAL) {
        amount = Money.round(adjustment.amount());
        basis = plain(amount);
      } else {
        amount = Money.round(adjustment.amount().abs()).negate();
        basis = plain(amount);
      }
      if (amount.signum() != 0) {
        charges.add(new Charge(0, adjustment.kind(), "A" + adjustment.id(), null, null, null, null, amount, basis));
      }
    }
    return new Result(List.copyOf(charges), List.copyOf(problems));
  }

  /**
   * The charges of an account and what could not be rated.
   *
   * @param charges the charges, zero amounts left out
   * @param problems rooms without a tariff, meters that went backwards
   */
  public record Result(List<Charge> charges, List<String> problems) {}

  private TariffRate rateOf(RoomFacts room) {
    TariffRate rate = tariffs.get(room.usageType());
    return rate != null ? rate : tariffs.get(room.usageCategory());
  }

  private static void add(List<Charge> charges, RoomFacts room, ChargeItem item, String ref, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal amount, String basis) {
    if (amount.signum() != 0) {
      charges.add(new Charge(room.roomId(), item, ref, room.communityCode(), room.usageType(),
          quantity == null ? null : quantity.stripTrailingZeros().scale() > 3 ? quantity.setScale(3, Money.ROUNDING) : quantity,
          unitPrice, amount, basis));
    }
  }

  private static String dayShare(int part, int days) {
    return part == days ? "" : " × " + part + "/" + days;
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 2 ? value.setScale(2, Money.ROUNDING) : stripped).toPlainString();
  }
}
