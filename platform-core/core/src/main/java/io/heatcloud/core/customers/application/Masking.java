package io.heatcloud.core.customers.application;

/** Masks personal data for screens, exports and logs. */
public final class Masking {

  private Masking() {}

  /**
   * Masks a phone number, keeping the first three and last four digits.
   *
   * @param phone the number
   * @return e.g. {@code 138****5678}; null stays null
   */
  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "****";
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /**
   * Masks an ID number, keeping the first and last four characters.
   *
   * @param id the number
   * @return e.g. {@code 3706**********1234}
   */
  public static String idNumber(String id) {
    if (id == null || id.length() < 8) {
      return id == null ? null : "****";
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
  }
}
