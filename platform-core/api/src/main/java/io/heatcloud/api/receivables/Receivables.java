package io.heatcloud.api.receivables;

import java.util.List;
import java.util.function.Function;

/**
 * The receivables ledger of the company in context. Settlements are append-only: a refund is a
 * negative settlement under its own reference, never an edit. Calls join the caller's transaction.
 */
public interface Receivables {

  /**
   * What an account still owes, oldest season first, principal before late fees within a season.
   *
   * @param accountId the account
   * @return the open items; empty when nothing is owed
   */
  List<OpenItem> openItems(long accountId);

  /**
   * Records the settlements of one payment, refund or reversal. A positive amount may not exceed what
   * is still owed on its item; a negative one may not take back more than was settled on it. The
   * account's settlements are serialised, so concurrent payments of one account cannot both settle
   * the same debt.
   *
   * @param accountId the account
   * @param reference the payment's, refund's or reversal's reference, unique per item (a second call
   *     with the same reference is refused by a unique constraint)
   * @param settlements what to settle
   * @throws io.heatcloud.api.errors.UnprocessableException when an amount exceeds what is owed or settled
   * @throws io.heatcloud.api.errors.ConflictException when the reference was used already
   */
  void settle(long accountId, String reference, List<Settlement> settlements);

  /**
   * Settles what a decision makes of what the account owes, reading it once: under the lock that
   * serialises the account's settlements, the decision gets the open items (as {@link #openItems})
   * and answers the reference and the settlements, which are checked and recorded as by {@link
   * #settle}. A payment allocates and records its entry in the decision.
   *
   * @param accountId the account
   * @param decision from the open items to a reference and its settlements
   * @return what the decision answered
   * @throws io.heatcloud.api.errors.UnprocessableException when an amount exceeds what is owed or settled
   * @throws io.heatcloud.api.errors.ConflictException when the reference was used already
   * @since 1.3.0
   */
  default Settling settleOpenItems(long accountId, Function<List<OpenItem>, Settling> decision) {
    Settling settling = decision.apply(openItems(accountId));
    settle(accountId, settling.reference(), settling.settlements());
    return settling;
  }

  /**
   * A reference and what it settles.
   *
   * @param reference the payment's, refund's or reversal's reference
   * @param settlements what it settles (may be empty)
   */
  record Settling(String reference, List<Settlement> settlements) {}

  /**
   * Settles what a decision makes of what several accounts owe, in one go (API 1.4.0): under the
   * locks that serialise each account's settlements (taken in account order), the decision gets every
   * account's open items (as {@link #openItems}; an empty list when nothing is owed) and answers the
   * settlements, any number per account, which are checked (per account, together) and recorded as
   * by {@link #settle}. A batch of payments allocates all its payments in the decision; the first
   * failing check fails the whole call.
   *
   * @param accountIds the accounts
   * @param decision from each account's open items to the settlements
   * @return what the decision answered
   * @throws io.heatcloud.api.errors.UnprocessableException when an amount exceeds what is owed or settled
   * @throws io.heatcloud.api.errors.ConflictException when a reference was used already
   * @since 1.4.0
   */
  default List<AccountSettling> settleOpenItems(java.util.Collection<Long> accountIds,
      Function<java.util.Map<Long, List<OpenItem>>, List<AccountSettling>> decision) {
    java.util.Map<Long, List<OpenItem>> open = new java.util.LinkedHashMap<>();
    for (long id : new java.util.TreeSet<>(accountIds)) {
      open.put(id, openItems(id));
    }
    List<AccountSettling> settlings = decision.apply(open);
    for (AccountSettling s : settlings) {
      settle(s.accountId(), s.reference(), s.settlements());
    }
    return settlings;
  }

  /**
   * An account, a reference and what it settles.
   *
   * @param accountId the account
   * @param reference the payment's, refund's or reversal's reference
   * @param settlements what it settles (may be empty)
   */
  record AccountSettling(long accountId, String reference, List<Settlement> settlements) {}

  /**
   * The settlements recorded under a reference.
   *
   * @param accountId the account
   * @param reference the reference
   * @return its settlements, in the order recorded
   */
  List<Settlement> settlementsOf(long accountId, String reference);

  /**
   * An account's bills, newest season first.
   *
   * @param accountId the account
   * @return one bill per season the account was billed in
   */
  List<Bill> bills(long accountId);

  /**
   * Billed against received, per season, newest season first.
   *
   * @return one entry per season
   */
  List<SeasonCollection> collection();

  /**
   * What the company's accounts owe, by age.
   *
   * @return the buckets over every season
   */
  Ageing ageing();

  /**
   * Which of these accounts owe something now (an open principal or late fee in any season).
   *
   * @param accountIds the accounts asked about (at most a few thousand at a time)
   * @return those that owe, in no particular order
   */
  default java.util.Set<Long> owing(java.util.Collection<Long> accountIds) {
    java.util.Set<Long> result = new java.util.HashSet<>();
    for (long id : accountIds) {
      if (!openItems(id).isEmpty()) {
        result.add(id);
      }
    }
    return result;
  }
}
