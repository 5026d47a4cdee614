package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys, inside the posting transaction. While a posting runs, its key is held by a
 * transaction-scoped advisory lock: a second request with the key fails to take it and gets 409 at
 * once instead of waiting. The key's row in {@code pay_idempotency} (primary key scope + key) is
 * written by the same transaction as the entry, so a key exists exactly when its entry does; a
 * posting that fails or whose server dies leaves neither, and the client may retry with the key. The
 * row is written by {@link LedgerWriter#write} with the entry; a second posting under the key fails
 * on its primary key.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  /**
   * A claimed key: the posting transaction holds it until it ends.
   *
   * @param scope API, BANK:bank or GW:gateway
   * @param key the key
   * @param payloadHash the request's hash
   */
  record Claim(String scope, String key, String payloadHash) {}

  /**
   * Claims a key in the posting transaction, or finds the entry it already produced.
   *
   * @param em the posting transaction
   * @param scope API, BANK:bank or GW:gateway
   * @param key the key
   * @param payload the request in canonical form
   * @return the entry posted under the key (a replay), or empty with the claim to go ahead
   * @throws UnprocessableException when the key was used with another payload
   * @throws ConflictException while another request with the key is in flight
   */
  static Claimed claim(EntityManager em, String scope, String key, String payload) {
    validate(key);
    String hash = sha256(payload);
    // one round trip: the lock, and the key's row as the statement's snapshot saw it. That snapshot
    // is taken before the lock: a posting that committed the key in between is not seen here, but
    // its row makes this posting's own key insert fail (primary key), and the retry answers it.
    Object[] r = (Object[]) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(current_schema() "
            + "|| ':idem:' || ?1 || ':' || ?2, 0)), k.payload_hash, k.payment_id FROM (VALUES (1)) AS one "
            + "LEFT JOIN pay_idempotency k ON k.scope = ?1 AND k.idem_key = ?2 AND k.state = 'DONE'")
        .setParameter(1, scope).setParameter(2, key).getSingleResult();
    boolean held = (Boolean) r[0];
    if (r[2] != null) {
      if (!hash.equals(r[1])) {
        throw new UnprocessableException("幂等键 " + key + " 已用于另一笔不同的请求 / the key " + key
            + " was used for a different request");
      }
      return new Claimed(Optional.of(((Number) r[2]).longValue()), null);
    }
    if (!held) {
      throw new ConflictException("幂等键 " + key + " 的请求正在处理，请稍后重试 / the first request with this key is "
          + "still in flight; retry later");
    }
    return new Claimed(Optional.empty(), new Claim(scope, key, hash));
  }

  /**
   * The outcome of a claim.
   *
   * @param replay the entry posted under the key earlier
   * @param claim the claim to post under, when there was none
   */
  record Claimed(Optional<Long> replay, Claim claim) {}

  private static void validate(String key) {
    if (key == null || key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new InvalidRequestException("需要幂等键（1 至 100 个可见 ASCII 字符）/ an Idempotency-Key of 1 to 100 visible ASCII "
          + "characters is required");
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
