package io.heatcloud.core.customers.application;

import java.io.Serializable;

/**
 * What to look for in the customer archive; every part may be blank.
 *
 * @param text a number prefix, a name prefix, a phone or an address fragment (recognised by form)
 * @param number an account number prefix
 * @param name a customer name prefix
 * @param phone a complete phone number
 * @param address an address fragment
 * @param status ACTIVE or CLOSED
 */
public record AccountQuery(
    String text, String number, String name, String phone, String address, String status)
    implements Serializable {

  /** Everything. */
  public static final AccountQuery ALL = new AccountQuery(null, null, null, null, null, null);

  /**
   * A query from one search box.
   *
   * @param text what the user typed
   * @return the query
   */
  public static AccountQuery text(String text) {
    return new AccountQuery(text, null, null, null, null, null);
  }
}
