package io.heatcloud.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1000);

  @Test
  void verifiesWhatItHashedAndNothingElse() {
    String hash = hasher.hash("Yantai#Admin2026".toCharArray());
    assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
    assertTrue(hasher.verify("Yantai#Admin2026".toCharArray(), hash));
    assertFalse(hasher.verify("Yantai#Admin2027".toCharArray(), hash));
    assertFalse(hasher.verify("x".toCharArray(), "garbage"));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
  }

  @Test
  void asksForARehashWhenTheIterationCountGrows() {
    String old = new PasswordHasher(500).hash("p".toCharArray());
    assertTrue(hasher.needsRehash(old));
    assertFalse(hasher.needsRehash(hasher.hash("p".toCharArray())));
    assertTrue(hasher.verify("p".toCharArray(), old), "old hashes still verify");
  }
}
