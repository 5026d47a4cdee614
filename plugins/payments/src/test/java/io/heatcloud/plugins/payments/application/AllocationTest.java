package io.heatcloud.plugins.payments.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.heatcloud.api.receivables.ReceivableItem;
import io.heatcloud.api.receivables.Settlement;
import io.heatcloud.plugins.payments.application.Allocation.Order;
import io.heatcloud.plugins.payments.application.Allocation.Owed;
import io.heatcloud.plugins.payments.application.Allocation.Split;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked allocations: an account owing 2025-26 arrears with a late fee, and the 2026-27 bill. */
class AllocationTest {

  private static final List<Owed> OWED = List.of(
      new Owed(1, ReceivableItem.PRINCIPAL, new BigDecimal("1000.00")),
      new Owed(1, ReceivableItem.LATE_FEE, new BigDecimal("60.00")),
      new Owed(2, ReceivableItem.PRINCIPAL, new BigDecimal("2200.00")));

  private static BigDecimal yuan(String v) {
    return new BigDecimal(v);
  }

  @Test
  void oldestSeasonFirstPrincipalBeforeLateFee() {
    Split split = Allocation.allocate(OWED, yuan("1500.00"), Order.OLDEST_FIRST, false);
    assertEquals(List.of(
        new Settlement(1, ReceivableItem.PRINCIPAL, yuan("1000.00")),
        new Settlement(1, ReceivableItem.LATE_FEE, yuan("60.00")),
        new Settlement(2, ReceivableItem.PRINCIPAL, yuan("440.00"))), split.settlements());
    assertEquals(yuan("0.00"), split.prepaid());
  }

  @Test
  void lateFeesFirstWhenConfigured() {
    Split split = Allocation.allocate(OWED, yuan("100.00"), Order.OLDEST_FIRST, true);
    assertEquals(List.of(
        new Settlement(1, ReceivableItem.LATE_FEE, yuan("60.00")),
        new Settlement(1, ReceivableItem.PRINCIPAL, yuan("40.00"))), split.settlements());
  }

  @Test
  void newestFirstPaysTheCurrentBill() {
    Split split = Allocation.allocate(OWED, yuan("2300.00"), Order.NEWEST_FIRST, false);
    assertEquals(List.of(
        new Settlement(2, ReceivableItem.PRINCIPAL, yuan("2200.00")),
        new Settlement(1, ReceivableItem.PRINCIPAL, yuan("100.00"))), split.settlements());
  }

  @Test
  void twoPaymentsOfOneAccountInOneBatchSettleOneAfterTheOther() {
    // the first pays the old season and part of its late fee; the second sees only what is left
    Split first = Allocation.allocate(OWED, yuan("1030.00"), Order.OLDEST_FIRST, false);
    List<Owed> left = Allocation.remaining(OWED, first.settlements());
    assertEquals(List.of(
        new Owed(1, ReceivableItem.LATE_FEE, yuan("30.00")),
        new Owed(2, ReceivableItem.PRINCIPAL, yuan("2200.00"))), left);
    Split second = Allocation.allocate(left, yuan("2500.00"), Order.OLDEST_FIRST, false);
    assertEquals(List.of(
        new Settlement(1, ReceivableItem.LATE_FEE, yuan("30.00")),
        new Settlement(2, ReceivableItem.PRINCIPAL, yuan("2200.00"))), second.settlements());
    assertEquals(yuan("270.00"), second.prepaid());
    assertEquals(List.of(), Allocation.remaining(left, second.settlements()));
  }

  @Test
  void overpaymentBecomesPrepaid() {
    Split split = Allocation.allocate(OWED, yuan("3500.55"), Order.OLDEST_FIRST, false);
    assertEquals(3, split.settlements().size());
    assertEquals(yuan("240.55"), split.prepaid());
    assertEquals(yuan("3000.00"), Allocation.allocate(List.of(), yuan("3000.00"), Order.OLDEST_FIRST, false).prepaid());
  }

  @Test
  void refundTakesThePrepaidPartFirstThenTheLastSettlement() {
    List<Settlement> settled = List.of(
        new Settlement(1, ReceivableItem.PRINCIPAL, yuan("1000.00")),
        new Settlement(2, ReceivableItem.PRINCIPAL, yuan("500.00")));
    Split back = Allocation.takeBack(settled, yuan("200.00"), yuan("200.00"), yuan("800.00"));
    assertEquals(yuan("-200.00"), back.prepaid());
    assertEquals(List.of(
        new Settlement(2, ReceivableItem.PRINCIPAL, yuan("-500.00")),
        new Settlement(1, ReceivableItem.PRINCIPAL, yuan("-100.00"))), back.settlements());
  }

  @Test
  void refundCannotTakeMoreThanThePaymentHolds() {
    List<Settlement> settled = List.of(new Settlement(1, ReceivableItem.PRINCIPAL, yuan("100.00")));
    assertThrows(IllegalArgumentException.class,
        () -> Allocation.takeBack(settled, yuan("0.00"), yuan("50.00"), yuan("100.01")));
  }

  @Test
  void prepaidAlreadySpentIsTakenFromSettlements() {
    // the payment left 300.00 prepaid, but only 120.00 remains on the balance
    List<Settlement> settled = List.of(new Settlement(1, ReceivableItem.PRINCIPAL, yuan("700.00")));
    Split back = Allocation.takeBack(settled, yuan("300.00"), yuan("120.00"), yuan("820.00"));
    assertEquals(yuan("-120.00"), back.prepaid());
    assertEquals(List.of(new Settlement(1, ReceivableItem.PRINCIPAL, yuan("-700.00"))), back.settlements());
  }
}
