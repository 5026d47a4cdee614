package io.heatcloud.api.customers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the customer archive of the context's company: accounts, their premises and meter
 * readings, the usage types. Obtain it with {@code context.service(AccountDirectory.class)}; it
 * only ever sees that company's schema. Personal data (ID numbers, phones) is not offered.
 *
 * <p>The bulk methods take and return many accounts at a time, so that a plugin working through
 * a whole company (a billing run over a million accounts) reads in chunks, not row by row.
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
   * Accounts by number, in one query (API 1.4.0).
   *
   * @param accountNos the numbers
   * @return the accounts found, by number; numbers the company does not have are absent
   */
  Map<String, AccountSummary> byNumbers(Collection<String> accountNos);

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

  /**
   * The ids of active accounts after an id, in id order: the way to walk a whole company.
   *
   * @param afterId the last id already seen (0 to start)
   * @param limit how many, at most 20 000 (5000 before API 1.3.0)
   * @return the ids
   */
  List<Long> activeAccountIds(long afterId, int limit);

  /**
   * Several accounts at once.
   *
   * @param ids account ids
   * @return the accounts found, by id
   */
  Map<Long, AccountSummary> byIds(Collection<Long> ids);

  /**
   * The premises of several accounts at once.
   *
   * @param accountIds account ids
   * @return their rooms, by account id (accounts without rooms are absent)
   */
  Map<Long, List<PremiseSummary>> premises(Collection<Long> accountIds);

  /**
   * Meter readings of rooms between two days (inclusive), oldest first.
   *
   * @param roomIds the rooms
   * @param from the first day
   * @param to the last day
   * @return the readings
   */
  List<MeterReadingSummary> readings(Collection<Long> roomIds, LocalDate from, LocalDate to);

  /**
   * The company's usage types.
   *
   * @return the built-in types and the company's own
   */
  List<UsageTypeSummary> usageTypes();
}
