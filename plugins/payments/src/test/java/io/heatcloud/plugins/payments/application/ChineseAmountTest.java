package io.heatcloud.plugins.payments.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseAmountTest {

  private static String of(String amount) {
    return ChineseAmount.of(new BigDecimal(amount));
  }

  @Test
  void wholeYuan() {
    assertEquals("贰仟贰佰元整", of("2200.00"));
    assertEquals("壹元整", of("1"));
    assertEquals("零元整", of("0.00"));
    assertEquals("壹拾万元整", of("100000"));
  }

  @Test
  void innerZerosAreReadOnce() {
    assertEquals("壹仟零玖拾元玖角壹分", of("1090.91"));
    assertEquals("壹万零伍元整", of("10005"));
    // the accounting rules allow 零 or not where the thousands digit is not zero; we write none
    assertEquals("壹拾万叁仟元整", of("103000"));
    assertEquals("叁亿零伍拾万元整", of("300500000"));
  }

  @Test
  void jiaoAndFen() {
    assertEquals("叁佰叁拾贰元柒角叁分", of("332.73"));
    assertEquals("陆佰陆拾元零伍分", of("660.05"));
    assertEquals("伍角", of("0.50").replace("整", ""));
    assertEquals("伍角整", of("0.50"));
    assertEquals("玖分", of("0.09"));
    assertEquals("负壹佰贰拾元整", of("-120.00"));
  }
}
