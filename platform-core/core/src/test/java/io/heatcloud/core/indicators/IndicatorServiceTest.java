package io.heatcloud.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.indicators.IndicatorDefinition;
import io.heatcloud.api.indicators.IndicatorDefinition.RollUp;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorServiceTest {

  private static final IndicatorDefinition COUNT =
      new IndicatorDefinition("m.count", LocalizedText.of("数", "count"), "", RollUp.SUM);
  private static final IndicatorDefinition RATE =
      new IndicatorDefinition("m.rate", LocalizedText.of("率", "rate"), "%", RollUp.WEIGHTED_AVERAGE);

  @Test
  void sumsCountsAndWeighsRates() {
    List<RolledUpIndicator> rolled = IndicatorService.rollUp(List.of(
        new IndicatorResult("A", COUNT, new BigDecimal("3"), BigDecimal.ONE, null),
        new IndicatorResult("B", COUNT, new BigDecimal("4"), BigDecimal.ONE, null),
        new IndicatorResult("A", RATE, new BigDecimal("90"), new BigDecimal("1000000.00"), null),
        new IndicatorResult("B", RATE, new BigDecimal("60"), new BigDecimal("500000.00"), null),
        new IndicatorResult("C", RATE, null, null, "failed")));
    assertEquals(new BigDecimal("7"), rolled.get(0).value());
    // (90 * 1 000 000 + 60 * 500 000) / 1 500 000 = 80
    assertEquals(new BigDecimal("80.0000"), rolled.get(1).value());
    assertEquals(2, rolled.get(1).companies(), "a failed company does not count");
  }
}
