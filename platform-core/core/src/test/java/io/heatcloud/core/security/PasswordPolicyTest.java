package io.heatcloud.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy staff = new PasswordPolicy(12, true);
  private final PasswordPolicy asvs = new PasswordPolicy(8, false);

  @Test
  void acceptsALongMixedPassword() {
    assertEquals(List.of(), staff.violations("Yantai#Admin2026", "yt.admin"));
  }

  @Test
  void refusesShortCommonAndSimplePasswords() {
    assertTrue(staff.violations("Ab1!", "x").get(0).contains("12"));
    assertTrue(staff.violations("Password2026!", "x").stream().anyMatch(p -> p.contains("too common")));
    assertTrue(asvs.violations("woaini1314", "x").stream().anyMatch(p -> p.contains("too common")));
    assertTrue(asvs.violations("123456789", "x").stream().anyMatch(p -> p.contains("too simple") || p.contains("too common")));
    assertTrue(asvs.violations("aaaaaaaaaaaa", "x").stream().anyMatch(p -> p.contains("too simple")));
  }

  @Test
  void refusesThePasswordContainingTheUserName() {
    assertTrue(staff.violations("Zhangwei#Secret26", "zhangwei").stream().anyMatch(p -> p.contains("user name")));
  }

  @Test
  void compositionIsADeploymentChoice() {
    assertTrue(staff.violations("correcthorsebatterystaple", "x").stream().anyMatch(p -> p.contains("three")));
    assertEquals(List.of(), asvs.violations("correcthorsebatterystaple", "x"));
  }

  @Test
  void refusesMoreThan128Characters() {
    assertTrue(staff.violations("Aa1#".repeat(33), "x").stream().anyMatch(p -> p.contains("128")));
  }
}
