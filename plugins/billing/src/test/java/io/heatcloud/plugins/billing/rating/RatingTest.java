package io.heatcloud.plugins.billing.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of every rule. The season is 15 Nov 2026 to 15 Mar 2027: 16 + 31 + 31 + 28 + 15 =
 * 121 days. Prices are Dezhou's: 22 yuan/m² residential, 30 non-residential, 15 low-income; the
 * two-part tariff has a base price of 8.00 capped at 30% of the area price and 45 yuan per GJ.
 */
class RatingTest {

  static final SeasonPeriod SEASON = new SeasonPeriod(LocalDate.of(2026, 11, 15), LocalDate.of(2027, 3, 15));
  static final QualityBands BANDS = QualityBands.parse(new BigDecimal("18"), "16:0.5,14:0.8");

  static TariffRate rate(String type, String area, String fraction) {
    return new TariffRate(type, new BigDecimal(area), new BigDecimal("45.00"), new BigDecimal("8.00"),
        new BigDecimal("0.30"), new BigDecimal(fraction));
  }

  static final Map<String, TariffRate> TARIFFS = Map.of(
      "RESIDENTIAL", rate("RESIDENTIAL", "22.00", "1.00"),
      "NON_RESIDENTIAL", rate("NON_RESIDENTIAL", "30.00", "1.00"),
      "LOW_INCOME", rate("LOW_INCOME", "15.00", "1.00"));

  static Rating rating(String suspensionFee) {
    return new Rating(SEASON, TARIFFS, new RatingRules(new BigDecimal(suspensionFee), BANDS));
  }

  static RoomFacts room(String type, String area) {
    return new RoomFacts(7, "XQ01", type, type, new BigDecimal(area), false, null, false, null);
  }

  static BigDecimal yuan(String text) {
    return new BigDecimal(text);
  }

  static Charge only(Rating.Result result) {
    assertEquals(1, result.charges().size(), result.charges().toString());
    return result.charges().get(0);
  }

  @Test
  void seasonHas121Days() {
    assertEquals(121, SEASON.days());
    assertEquals(60, SEASON.daysFrom(LocalDate.of(2027, 1, 15)));
  }

  @Test
  void areaChargeIsAreaTimesPrice() {
    Charge charge = only(rating("0").rate(List.of(room("RESIDENTIAL", "100.00")), List.of(), List.of()));
    assertEquals(ChargeItem.AREA, charge.item());
    assertEquals(yuan("2200.00"), charge.amount());
    assertEquals("100.00 × 22.00", charge.basis());
  }

  @Test
  void nonResidentialAndLowIncomeUseTheirPrices() {
    assertEquals(yuan("3600.00"),
        only(rating("0").rate(List.of(room("NON_RESIDENTIAL", "120.00")), List.of(), List.of())).amount());
    // 80 m² low-income household: 80 × 15 = 1 200.00
    assertEquals(yuan("1200.00"),
        only(rating("0").rate(List.of(room("LOW_INCOME", "80.00")), List.of(), List.of())).amount());
  }

  @Test
  void aCompanyUsageTypeFallsBackToItsCategory() {
    RoomFacts school = new RoomFacts(7, "XQ01", "SCHOOL", "NON_RESIDENTIAL", new BigDecimal("200.00"), false, null,
        false, null);
    assertEquals(yuan("6000.00"), only(rating("0").rate(List.of(school), List.of(), List.of())).amount());
    RoomFacts unknown = new RoomFacts(8, "XQ01", "ODD", "ODD", new BigDecimal("10"), false, null, false, null);
    Rating.Result result = rating("0").rate(List.of(unknown), List.of(), List.of());
    assertTrue(result.charges().isEmpty());
    assertTrue(result.problems().get(0).contains("ODD"));
  }

  @Test
  void billableFractionBillsPartOfTheArea() {
    Rating partial = new Rating(SEASON, Map.of("RESIDENTIAL", rate("RESIDENTIAL", "22.00", "0.90")),
        new RatingRules(BigDecimal.ZERO, BANDS));
    // 100 m² × 0.90 × 22 = 1 980.00
    Charge charge = only(partial.rate(List.of(room("RESIDENTIAL", "100.00")), List.of(), List.of()));
    assertEquals(yuan("1980.00"), charge.amount());
    // 87.35 m² × 0.90 = 78.615 m² × 22 = 1 729.53
    assertEquals(yuan("1729.53"),
        only(partial.rate(List.of(room("RESIDENTIAL", "87.35")), List.of(), List.of())).amount());
  }

  @Test
  void twoPartTariffCapsTheBaseAtThirtyPercentOfTheAreaPrice() {
    RoomFacts metered = new RoomFacts(7, "XQ01", "RESIDENTIAL", "RESIDENTIAL", new BigDecimal("100.00"), true,
        new BigDecimal("35.500"), false, null);
    Rating.Result result = rating("0").rate(List.of(metered), List.of(), List.of());
    assertEquals(2, result.charges().size());
    Charge base = result.charges().get(0);
    // base price 8.00 capped at 22 × 30% = 6.60; 100 × 6.60 = 660.00
    assertEquals(ChargeItem.BASE, base.item());
    assertEquals(0, new BigDecimal("6.60").compareTo(base.unitPrice()));
    assertEquals(yuan("660.00"), base.amount());
    // 35.5 GJ × 45 = 1 597.50
    Charge heat = result.charges().get(1);
    assertEquals(ChargeItem.METERED, heat.item());
    assertEquals(yuan("1597.50"), heat.amount());
  }

  @Test
  void aBasePriceBelowTheCapIsKept() {
    TariffRate low = new TariffRate("RESIDENTIAL", new BigDecimal("22.00"), new BigDecimal("45.00"),
        new BigDecimal("5.50"), new BigDecimal("0.30"), BigDecimal.ONE);
    assertEquals(0, new BigDecimal("5.50").compareTo(low.effectiveBasePrice()));
  }

  @Test
  void meteredChargeWaitsForTheClosingReading() {
    RoomFacts metered = new RoomFacts(7, "XQ01", "RESIDENTIAL", "RESIDENTIAL", new BigDecimal("100.00"), true,
        null, false, null);
    Charge base = only(rating("0").rate(List.of(metered), List.of(), List.of()));
    assertEquals(ChargeItem.BASE, base.item());
  }

  @Test
  void suspensionWithoutFeeChargesNothing() {
    RoomFacts stopped = new RoomFacts(7, "XQ01", "RESIDENTIAL", "RESIDENTIAL", new BigDecimal("100.00"), false,
        null, true, null);
    assertTrue(rating("0").rate(List.of(stopped), List.of(), List.of()).charges().isEmpty());
  }

  @Test
  void suspensionFeeOfThirtyPercent() {
    RoomFacts stopped = new RoomFacts(7, "XQ01", "RESIDENTIAL", "RESIDENTIAL", new BigDecimal("100.00"), false,
        null, true, null);
    Charge fee = only(rating("30").rate(List.of(stopped), List.of(), List.of()));
    // 100 × 22 × 30% = 660.00
    assertEquals(ChargeItem.SUSPENSION, fee.item());
    assertEquals(yuan("660.00"), fee.amount());
  }

  @Test
  void resumptionChargesTheRemainingDaysAndTheFeeForTheOthers() {
    RoomFacts resumed = new RoomFacts(7, "XQ01", "RESIDENTIAL", "RESIDENTIAL", new BigDecimal("100.00"), false,
        null, true, LocalDate.of(2027, 1, 15));
    Rating.Result result = rating("30").rate(List.of(resumed), List.of(), List.of());
    // heated 15 Jan - 15 Mar: 60 days: 2 200 × 60 / 121 = 1 090.909 -> 1 090.91
    assertEquals(yuan("1090.91"), result.charges().get(0).amount());
    assertEquals("100.00 × 22.00 × 60/121", result.charges().get(0).basis());
    // suspended 61 days: 2 200 × 30% × 61 / 121 = 332.727 -> 332.73
    assertEquals(ChargeItem.SUSPENSION, result.charges().get(1).item());
    assertEquals(yuan("332.73"), result.charges().get(1).amount());
  }

  @Test
  void waiverByPercentageAndByAmount() {
    Rating.Result result = rating("0").rate(List.of(room("RESIDENTIAL", "100.00")), List.of(), List.of(
        new AdjustmentFacts(5, ChargeItem.WAIVER, null, new BigDecimal("30")),
        new AdjustmentFacts(6, ChargeItem.SUBSIDY, new BigDecimal("200.00"), null),
        new AdjustmentFacts(7, ChargeItem.MANUAL, new BigDecimal("15.50"), null)));
    // 2 200 × 30% = 660.00 waived; a subsidy of 200.00; a manual charge of 15.50
    assertEquals(yuan("-660.00"), result.charges().get(1).amount());
    assertEquals("A5", result.charges().get(1).ref());
    assertEquals(yuan("-200.00"), result.charges().get(2).amount());
    assertEquals(yuan("15.50"), result.charges().get(3).amount());
    BigDecimal total = result.charges().stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(yuan("1355.50"), total);
  }

  @Test
  void qualityCompensationByTemperatureBand() {
    Rating.Result result = rating("0").rate(List.of(room("RESIDENTIAL", "100.00")), List.of(
        new QualityIncident(3, 7, new BigDecimal("17.0"), 10),
        new QualityIncident(4, 7, new BigDecimal("15.2"), 5),
        new QualityIncident(5, 7, new BigDecimal("12.0"), 2),
        new QualityIncident(6, 7, new BigDecimal("18.5"), 9)), List.of());
    // daily fee 2 200 / 121; 10 days at 17 °C refund half: 2 200 × 10 × 0.5 / 121 = 90.909 -> 90.91
    assertEquals(yuan("-90.91"), result.charges().get(1).amount());
    assertEquals("Q3", result.charges().get(1).ref());
    // 5 days at 15.2 °C refund 80%: 2 200 × 5 × 0.8 / 121 = 72.727 -> 72.73
    assertEquals(yuan("-72.73"), result.charges().get(2).amount());
    // 2 days below every band refund all: 2 200 × 2 / 121 = 36.363 -> 36.36
    assertEquals(yuan("-36.36"), result.charges().get(3).amount());
    // 18.5 °C is warm enough: no line
    assertEquals(4, result.charges().size());
  }

  @Test
  void roundingIsHalfUpToTheFenPerLine() {
    // 0.05 m² × 22.1 = 1.105 -> 1.11 (half-up, not half-even)
    Rating odd = new Rating(SEASON, Map.of("RESIDENTIAL", rate("RESIDENTIAL", "22.10", "1")),
        new RatingRules(BigDecimal.ZERO, BANDS));
    assertEquals(yuan("1.11"), only(odd.rate(List.of(room("RESIDENTIAL", "0.05")), List.of(), List.of())).amount());
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AdjustmentFacts(1, ChargeItem.WAIVER, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new AdjustmentFacts(1, ChargeItem.MANUAL, null, new BigDecimal("10")));
    assertThrows(IllegalArgumentException.class, () -> new RatingRules(new BigDecimal("120"), BANDS));
    assertThrows(IllegalArgumentException.class, () -> QualityBands.parse(new BigDecimal("18"), "19:0.5"));
    assertThrows(IllegalArgumentException.class, () -> new SeasonPeriod(LocalDate.of(2027, 3, 15),
        LocalDate.of(2026, 11, 15)));
  }

  @Test
  void consumptionNeedsReadingsAtBothEnds() {
    List<MeterConsumption.Reading> readings = List.of(
        new MeterConsumption.Reading(LocalDate.of(2026, 11, 14), new BigDecimal("1000.000")),
        new MeterConsumption.Reading(LocalDate.of(2027, 3, 16), new BigDecimal("1035.500")));
    assertEquals(new BigDecimal("35.500"), MeterConsumption.over(readings, SEASON));
    assertNull(MeterConsumption.over(readings.subList(0, 1), SEASON));
    assertNull(MeterConsumption.over(List.of(
        new MeterConsumption.Reading(LocalDate.of(2026, 10, 1), new BigDecimal("900")),
        new MeterConsumption.Reading(LocalDate.of(2027, 3, 16), new BigDecimal("1035.500"))), SEASON));
  }
}
