package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of the daily heat fee is refunded for a day below the required temperature, by band:
 * written {@code "16:0.5,14:0.8,0:1"}: from 16 °C up to the required temperature half the daily fee,
 * from 14 °C 80%, below that all of it. At or above the required temperature nothing.
 *
 * @param required the temperature a room must reach (18 °C)
 * @param bands the lower bounds and their fractions, highest bound first
 */
public record QualityBands(BigDecimal required, List<Band> bands) {

  /**
   * A band.
   *
   * @param from its lowest temperature (inclusive)
   * @param fraction the share of the daily fee refunded, 0 to 1
   */
  public record Band(BigDecimal from, BigDecimal fraction) {}

  /**
   * Parses the setting.
   *
   * @param required the required temperature
   * @param text e.g. {@code 16:0.5,14:0.8,0:1}
   * @return the bands
   * @throws IllegalArgumentException when the text is not valid
   */
  public static QualityBands parse(BigDecimal required, String text) {
    List<Band> bands = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] pair = part.trim().split(":");
      if (pair.length != 2) {
        throw new IllegalArgumentException("a band is written <from °C>:<fraction>, e.g. 16:0.5");
      }
      BigDecimal from = new BigDecimal(pair[0].trim());
      BigDecimal fraction = new BigDecimal(pair[1].trim());
      if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0 || from.compareTo(required) >= 0) {
        throw new IllegalArgumentException("a band starts below " + required + " °C and refunds 0 to 1 of the fee");
      }
      bands.add(new Band(from, fraction));
    }
    bands.sort(Comparator.comparing(Band::from).reversed());
    return new QualityBands(required, List.copyOf(bands));
  }

  /**
   * The refunded share for a temperature.
   *
   * @param temperature the measured temperature
   * @return 0 at or above the required temperature; the band's fraction; 1 below every band
   */
  public BigDecimal fraction(BigDecimal temperature) {
    if (temperature.compareTo(required) >= 0) {
      return BigDecimal.ZERO;
    }
    for (Band band : bands) {
      if (temperature.compareTo(band.from()) >= 0) {
        return band.fraction();
      }
    }
    return BigDecimal.ONE;
  }
}
