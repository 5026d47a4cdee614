package io.heatcloud.plugins.billing.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Late fees over a month, by hand: 2 200.00 overdue since the deadline of 31 Dec 2026, 2‰ a day. */
class LateFeeRuleTest {

  static final LocalDate DUE = LocalDate.of(2026, 12, 31);
  static final BigDecimal BILLED = new BigDecimal("2200.00");
  final LateFeeRule rule = new LateFeeRule(new BigDecimal("0.002"), 0, new BigDecimal("0.30"));

  @Test
  void aMonthOfDailyAccrual() {
    LateFeeRule.Accrual state = LateFeeRule.Accrual.NONE;
    for (LocalDate day = LocalDate.of(2026, 12, 25); !day.isAfter(LocalDate.of(2027, 1, 30)); day = day.plusDays(1)) {
      state = rule.accrue(state, BILLED, BILLED, DUE, day);
    }
    // 1 - 30 Jan: 30 days × 2 200 × 0.002 = 132.00
    assertEquals(new BigDecimal("132.00"), state.amount());
    assertEquals(0, new BigDecimal("66000").compareTo(state.principalDays()));
  }

  @Test
  void accruingTheSameDayTwiceChangesNothing() {
    LateFeeRule.Accrual once = rule.accrue(LateFeeRule.Accrual.NONE, BILLED, BILLED, DUE, LocalDate.of(2027, 1, 30));
    assertEquals(new BigDecimal("132.00"), once.amount());
    assertSame(once, rule.accrue(once, BILLED, BILLED, DUE, LocalDate.of(2027, 1, 30)));
  }

  @Test
  void aPaymentLowersThePrincipalFromItsDayAndLateFeesNeverCompound() {
    LateFeeRule.Accrual january = rule.accrue(LateFeeRule.Accrual.NONE, BILLED, BILLED, DUE, LocalDate.of(2027, 1, 30));
    // 1 200.00 paid on 31 Jan: 1 000.00 overdue for 31 Jan - 9 Feb (10 days) adds 20.00; the 132.00 of
    // fees is not principal
    LateFeeRule.Accrual february = rule.accrue(january, new BigDecimal("1000.00"), BILLED, DUE, LocalDate.of(2027, 2, 9));
    assertEquals(new BigDecimal("152.00"), february.amount());
  }

  @Test
  void graceDaysAndTheCap() {
    LateFeeRule graceful = new LateFeeRule(new BigDecimal("0.002"), 10, new BigDecimal("0.30"));
    // fees from 11 Jan: 20 days to 30 Jan = 88.00
    assertEquals(new BigDecimal("88.00"),
        graceful.accrue(LateFeeRule.Accrual.NONE, BILLED, BILLED, DUE, LocalDate.of(2027, 1, 30)).amount());
    // a year overdue would be 803.00, but the cap is 30% of 2 200.00 = 660.00
    assertEquals(new BigDecimal("660.00"),
        rule.accrue(LateFeeRule.Accrual.NONE, BILLED, BILLED, DUE, LocalDate.of(2027, 12, 31)).amount());
  }

  @Test
  void nothingBeforeTheDeadlineOrWhenNothingIsOwed() {
    assertSame(LateFeeRule.Accrual.NONE, rule.accrue(LateFeeRule.Accrual.NONE, BILLED, BILLED, DUE, DUE));
    assertEquals(new BigDecimal("0.00"),
        rule.accrue(LateFeeRule.Accrual.NONE, BigDecimal.ZERO, BILLED, DUE, LocalDate.of(2027, 1, 30)).amount());
  }
}
