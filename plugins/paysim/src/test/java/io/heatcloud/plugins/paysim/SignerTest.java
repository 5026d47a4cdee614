package io.heatcloud.plugins.paysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerTest {

  private static final String BODY = "{\"orderNo\":\"HC1\",\"amount\":\"2200.00\"}";

  @Test
  void aSignedMessageVerifies() {
    assertNull(Signer.problem("k", Signer.sign("k", BODY), BODY, 300));
  }

  @Test
  void aChangedBodyOrKeyIsRefused() {
    Map<String, String> headers = Signer.sign("k", BODY);
    assertEquals("bad signature", Signer.problem("k", headers, BODY.replace("2200.00", "0.01"), 300));
    assertEquals("bad signature", Signer.problem("other", headers, BODY, 300));
  }

  @Test
  void aStaleMessageIsRefused() {
    String old = String.valueOf(Instant.now().getEpochSecond() - 301);
    Map<String, String> headers = new HashMap<>();
    headers.put(Signer.TIMESTAMP, old);
    headers.put(Signer.NONCE, "0123456789abcdef0123");
    headers.put(Signer.SIGNATURE, Signer.signature("k", old, "0123456789abcdef0123", BODY));
    assertEquals("timestamp outside the 300 s window", Signer.problem("k", headers, BODY, 300));
  }

  @Test
  void aKnownVectorStaysStable() {
    // HMAC-SHA256("k", "1\nn\nb"), computed once with openssl
    assertEquals("lFYSX/0KmXscf/GmmTsKgJQGsBzcBlPP7uH+SgbhJBw=", Signer.signature("k", "1", "n", "b"));
  }
}
