package io.heatcloud.core.portal;

import java.io.Serializable;
import java.util.List;

/**
 * A logged-in portal customer.
 *
 * @param id the customer
 * @param companyCode the company whose customer it is
 * @param maskedPhone the phone, masked for display
 * @param accounts the accounts the customer verified
 */
public record PortalCustomer(long id, String companyCode, String maskedPhone, List<LinkedAccount> accounts)
    implements Serializable {

  /** The request attribute holding the customer. */
  public static final String ATTRIBUTE = PortalCustomer.class.getName();

  /**
   * An account linked to the customer.
   *
   * @param accountId the account
   * @param accountNo its number
   */
  public record LinkedAccount(long accountId, String accountNo) implements Serializable {}

  /**
   * Whether an account is the customer's.
   *
   * @param accountId the account
   * @return true when linked
   */
  public boolean owns(long accountId) {
    return accounts.stream().anyMatch(a -> a.accountId() == accountId);
  }
}
