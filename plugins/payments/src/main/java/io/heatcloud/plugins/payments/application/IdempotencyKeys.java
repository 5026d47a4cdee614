package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys, backed by the primary key of {@code pay_idempotency}. A key is claimed in a short
 * transaction of its own, so a second request with it sees the first in flight (409) instead of
 * waiting; the posting transaction marks it DONE together with the entry it wrote, so a key is DONE
 * exactly when its entry exists. A claim whose posting never committed (the server died) is taken
 * over after {@link #STALE_SECONDS}.
 */
final class IdempotencyKeys {

  /** Seconds after which an IN_FLIGHT claim is considered abandoned. */
  static final int STALE_SECONDS = 120;

  private final ModuleContext context;

  IdempotencyKeys(ModuleContext context) {
    this.context = context;
  }

  /**
   * Claims a key, or finds the entry it already produced.
   *
   * @param scope API, BANK or GW:gateway
   * @param key the key
   * @param payload the request in canonical form
   * @return empty when claimed (go ahead), or the id of the entry posted under it (replay)
   * @throws UnprocessableException when the key was used with another payload
   * @throws ConflictException while the first request with the key is in flight
   */
  Optional<Long> claim(String scope, String key, String payload) {
    if (key == null || key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+")) {
      throw new InvalidRequestException("需要幂等键（1 至 100 个可见 ASCII 字符）/ an Idempotency-Key of 1 to 100 visible ASCII "
          + "characters is required");
    }
    String hash = sha256(payload);
    return context.inTransaction(em -> {
      int inserted = em.createNativeQuery("INSERT INTO pay_idempotency (scope, idem_key, payload_hash, state, claimed_at) "
              + "VALUES (?1, ?2, ?3, 'IN_FLIGHT', now()) ON CONFLICT DO NOTHING")
          .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
      if (inserted == 1) {
        return Optional.<Long>empty();
      }
      List<?> rows = em.createNativeQuery("SELECT payload_hash, state, payment_id, "
              + "claimed_at < now() - make_interval(secs => ?3) FROM pay_idempotency WHERE scope = ?1 AND idem_key = ?2")
          .setParameter(1, scope).setParameter(2, key).setParameter(3, STALE_SECONDS).getResultList();
      if (rows.isEmpty()) {
        throw new ConflictException("幂等键 " + key + " 正在处理，请稍后重试 / the request with this key is in flight; retry");
      }
      Object[] r = (Object[]) rows.get(0);
      if (!hash.equals(r[0])) {
        throw new UnprocessableException("幂等键 " + key + " 已用于另一笔不同的请求 / the key " + key
            + " was used for a different request");
      }
      if ("DONE".equals(r[1])) {
        return Optional.of(((Number) r[2]).longValue());
      }
      if (Boolean.TRUE.equals(r[3]) && em.createNativeQuery("UPDATE pay_idempotency SET claimed_at = now() "
              + "WHERE scope = ?1 AND idem_key = ?2 AND state = 'IN_FLIGHT' "
              + "AND claimed_at < now() - make_interval(secs => ?3)")
          .setParameter(1, scope).setParameter(2, key).setParameter(3, STALE_SECONDS).executeUpdate() == 1) {
        return Optional.<Long>empty();
      }
      throw new ConflictException("幂等键 " + key + " 的请求正在处理，请稍后重试 / the first request with this key is "
          + "still in flight; retry later");
    });
  }

  /**
   * Marks a claimed key done, in the posting transaction.
   *
   * @param em the posting transaction
   * @param scope the scope
   * @param key the key
   * @param paymentId the entry posted
   */
  static void done(jakarta.persistence.EntityManager em, String scope, String key, long paymentId) {
    int updated = em.createNativeQuery("UPDATE pay_idempotency SET state = 'DONE', payment_id = ?3 "
            + "WHERE scope = ?1 AND idem_key = ?2 AND state = 'IN_FLIGHT'")
        .setParameter(1, scope).setParameter(2, key).setParameter(3, paymentId).executeUpdate();
    if (updated != 1) {
      throw new ConflictException("幂等键 " + key + " 已被另一请求处理 / the key " + key + " was taken over by another request");
    }
  }

  /**
   * Releases a claim whose posting failed, so that the client may retry with the same key.
   *
   * @param scope the scope
   * @param key the key
   */
  void release(String scope, String key) {
    context.transaction(em -> em.createNativeQuery("DELETE FROM pay_idempotency WHERE scope = ?1 AND idem_key = ?2 "
        + "AND state = 'IN_FLIGHT'").setParameter(1, scope).setParameter(2, key).executeUpdate());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
