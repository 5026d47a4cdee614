package io.heatcloud.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  @Test
  void theHashCoversTheContentAndThePreviousEntry() {
    Instant at = Instant.parse("2026-11-29T08:00:00.123456Z");
    AuditEntry first = new AuditEntry(at, "hq.admin", "QLRJ", null, "org.create-company", "node:X", "SUCCESS",
        "127.0.0.1", "X under JDQY", AuditEntry.GENESIS);
    AuditEntry same = new AuditEntry(at, "hq.admin", "QLRJ", null, "org.create-company", "node:X", "SUCCESS",
        "127.0.0.1", "X under JDQY", AuditEntry.GENESIS);
    assertEquals(first.getHash(), same.getHash());
    AuditEntry edited = new AuditEntry(at, "hq.admin", "QLRJ", null, "org.create-company", "node:Y", "SUCCESS",
        "127.0.0.1", "X under JDQY", AuditEntry.GENESIS);
    assertNotEquals(first.getHash(), edited.getHash());
    AuditEntry relinked = new AuditEntry(at, "hq.admin", "QLRJ", null, "org.create-company", "node:X", "SUCCESS",
        "127.0.0.1", "X under JDQY", first.getHash());
    assertNotEquals(first.getHash(), relinked.getHash());
  }
}
