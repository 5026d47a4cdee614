package io.heatcloud.api.customers;

import java.util.List;
import java.util.Optional;

/**
 * Reads accounts of the context's company. Obtain it with {@code
 * context.service(AccountDirectory.class)}; it only ever sees that company's schema.
 */
public interface AccountDirectory {

  /**
   * An account by id.
   *
   * @param id the id
   * @return the account, or empty when the company has none with this id
   */
  Optional<AccountSummary> byId(long id);

  /**
   * An account by customer number.
   *
   * @param accountNo the number
   * @return the account, if any
   */
  Optional<AccountSummary> byNumber(String accountNo);

  /**
   * A page of accounts ordered by customer number.
   *
   * @param offset rows to skip
   * @param limit rows to return, at most 500
   * @return the page
   */
  List<AccountSummary> page(int offset, int limit);

  /**
   * The number of active accounts.
   *
   * @return the count
   */
  long countActive();
}
