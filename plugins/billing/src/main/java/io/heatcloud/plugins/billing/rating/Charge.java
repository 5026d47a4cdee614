package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;

/**
 * What an account owes for one item of one room (or of the account) for a season.
 *
 * @param roomId the room, or 0 for the account as a whole (adjustments)
 * @param item the item
 * @param ref what the line is about beyond the item: {@code Q<id>} for a quality incident, {@code
 *     A<id>} for an adjustment, empty otherwise
 * @param communityCode the room's community, or null
 * @param usageType the room's usage type, or null
 * @param quantity m², GJ or days, or null
 * @param unitPrice the price per unit, or null
 * @param amount the amount in yuan, rounded to the fen
 * @param basis how it was computed, e.g. {@code 80.00 × 22.00 × 60/121}
 */
public record Charge(
    long roomId,
    ChargeItem item,
    String ref,
    String communityCode,
    String usageType,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String basis) {

  /**
   * The identity of the charge within an account's season.
   *
   * @return room, item and ref
   */
  public Key key() {
    return new Key(roomId, item, ref);
  }

  /**
   * The identity of a charge within an account's season.
   *
   * @param roomId the room or 0
   * @param item the item
   * @param ref the reference or empty
   */
  public record Key(long roomId, ChargeItem item, String ref) {}
}
