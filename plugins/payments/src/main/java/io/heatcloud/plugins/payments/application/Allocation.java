package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.receivables.ReceivableItem;
import io.heatcloud.api.receivables.Settlement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a payment is split over what an account owes, and how a refund takes it back. Pure: the
 * services feed it the open items and the payment's history.
 */
public final class Allocation {

  /** Which season's debt is paid first. */
  public enum Order {
    /** The oldest season first (the usual rule: old arrears before the current bill). */
    OLDEST_FIRST,
    /** The current season first. */
    NEWEST_FIRST
  }

  /**
   * A split.
   *
   * @param settlements what each open item receives (or, for refunds, gives back), in order
   * @param prepaid what goes to (or, for refunds, comes from) the prepaid balance
   */
  public record Split(List<Settlement> settlements, BigDecimal prepaid) {}

  /**
   * An open item as the allocation sees it.
   *
   * @param seasonId the season
   * @param item principal or late fee
   * @param amount what is owed
   */
  public record Owed(long seasonId, ReceivableItem item, BigDecimal amount) {}

  private Allocation() {}

  /**
   * Splits a payment over open items.
   *
   * @param owed the open items, oldest season first, in the ledger's order within a season
   * @param amount the payment, positive
   * @param order which seasons first
   * @param lateFeesFirst whether a season's late fees are paid before its principal
   * @return the settlements and the remainder for the prepaid balance
   */
  public static Split allocate(List<Owed> owed, BigDecimal amount, Order order, boolean lateFeesFirst) {
    Map<Long, List<Owed>> bySeason = new LinkedHashMap<>();
    for (Owed o : owed) {
      bySeason.computeIfAbsent(o.seasonId(), k -> new ArrayList<>()).add(o);
    }
    List<Long> seasons = new ArrayList<>(bySeason.keySet());
    if (order == Order.NEWEST_FIRST) {
      java.util.Collections.reverse(seasons);
    }
    List<Settlement> settlements = new ArrayList<>();
    BigDecimal left = amount;
    for (Long season : seasons) {
      List<Owed> items = new ArrayList<>(bySeason.get(season));
      items.sort(java.util.Comparator.comparingInt(o -> rank(o.item(), lateFeesFirst)));
      for (Owed o : items) {
        if (left.signum() <= 0) {
          break;
        }
        if (o.amount().signum() <= 0) {
          continue;
        }
        BigDecimal paid = left.min(o.amount());
        settlements.add(new Settlement(o.seasonId(), o.item(), paid));
        left = left.subtract(paid);
      }
    }
    return new Split(settlements, left);
  }

  /**
   * What is still owed after settlements (another payment of the same account in the same batch
   * sees this).
   *
   * @param owed the open items
   * @param settled what was settled of them
   * @return the open items less the settlements, in the same order; items settled in full are left out
   */
  public static List<Owed> remaining(List<Owed> owed, List<Settlement> settled) {
    Map<String, BigDecimal> paid = new java.util.HashMap<>();
    for (Settlement s : settled) {
      paid.merge(s.seasonId() + ":" + s.item(), s.amount(), BigDecimal::add);
    }
    List<Owed> left = new ArrayList<>(owed.size());
    for (Owed o : owed) {
      BigDecimal amount = o.amount();
      BigDecimal take = paid.remove(o.seasonId() + ":" + o.item());
      if (take != null) {
        amount = amount.subtract(take);
      }
      if (amount.signum() > 0) {
        left.add(new Owed(o.seasonId(), o.item(), amount));
      }
    }
    return left;
  }

  /**
   * Takes back part of a payment: first from what it left on the prepaid balance (as far as the
   * balance still holds it), then from its settlements, the last settled first.
   *
   * @param settled the payment's settlements net of earlier refunds, in the order they were made
   * @param prepaidOfPayment what the payment put on the prepaid balance, net of earlier refunds
   * @param prepaidBalance the account's prepaid balance now
   * @param amount the refund, positive
   * @return negative settlements and the (negative) change of the prepaid balance
   * @throws IllegalArgumentException when the payment does not hold that much
   */
  public static Split takeBack(List<Settlement> settled, BigDecimal prepaidOfPayment, BigDecimal prepaidBalance,
      BigDecimal amount) {
    BigDecimal fromPrepaid = amount.min(prepaidOfPayment.max(BigDecimal.ZERO)).min(prepaidBalance.max(BigDecimal.ZERO));
    BigDecimal left = amount.subtract(fromPrepaid);
    List<Settlement> back = new ArrayList<>();
    for (int i = settled.size() - 1; i >= 0 && left.signum() > 0; i--) {
      Settlement s = settled.get(i);
      if (s.amount().signum() <= 0) {
        continue;
      }
      BigDecimal take = left.min(s.amount());
      back.add(new Settlement(s.seasonId(), s.item(), take.negate()));
      left = left.subtract(take);
    }
    if (left.signum() > 0) {
      throw new IllegalArgumentException("the payment holds " + amount.subtract(left) + ", not " + amount);
    }
    return new Split(back, fromPrepaid.negate());
  }

  private static int rank(ReceivableItem item, boolean lateFeesFirst) {
    boolean fee = item == ReceivableItem.LATE_FEE;
    return fee == lateFeesFirst ? 0 : 1;
  }
}
