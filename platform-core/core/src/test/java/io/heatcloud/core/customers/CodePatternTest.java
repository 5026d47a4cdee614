package io.heatcloud.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.core.customers.domain.CodeKind;
import io.heatcloud.core.customers.domain.CodePattern;
import io.heatcloud.core.customers.domain.CodePattern.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodePatternTest {

  @Test
  void accountNumbersCarryCompanyCommunityAndSequence() {
    CodePattern.Split split = CodePattern.parse(CodeKind.ACCOUNT, "{COMPANY}{COMMUNITY}{SEQ:5}")
        .expand(Map.of(Field.COMPANY, "YTRL", Field.COMMUNITY, "xf01"));
    assertEquals("YTRLXF01", split.prefix());
    assertEquals("YTRLXF0100042", split.with(42));
    assertThrows(IllegalStateException.class, () -> split.with(100_000));
  }

  @Test
  void premiseCodesAreBuiltFromThePlace() {
    CodePattern.Split split = CodePattern.parse(CodeKind.PREMISE, "{COMMUNITY}-{BUILDING}-{UNIT}-{ROOM}")
        .expand(Map.of(Field.COMMUNITY, "XF01", Field.BUILDING, "3", Field.UNIT, "2", Field.ROOM, "1102"));
    assertEquals("XF01-3-2-1102", split.with(0));
  }

  @Test
  void invalidPatternsAreRefusedWithAReason() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CodePattern.parse(CodeKind.ACCOUNT, "{COMPANY}{COMMUNITY}")).getMessage().contains("SEQ"));
    assertThrows(IllegalArgumentException.class, () -> CodePattern.parse(CodeKind.CUSTOMER, "{COMMUNITY}{SEQ:6}"));
    assertThrows(IllegalArgumentException.class, () -> CodePattern.parse(CodeKind.PREMISE, "{COMMUNITY}{ROOM}"));
    assertThrows(IllegalArgumentException.class, () -> CodePattern.parse(CodeKind.ACCOUNT, "{COMPANY}{SEQ:2}"));
    assertThrows(IllegalArgumentException.class, () -> CodePattern.parse(CodeKind.ACCOUNT, "{COMPANY}x{SEQ:5}"));
    assertThrows(IllegalArgumentException.class, () -> CodePattern.parse(CodeKind.ACCOUNT, "{COMPANY}{PLANET}{SEQ:5}"));
  }
}
