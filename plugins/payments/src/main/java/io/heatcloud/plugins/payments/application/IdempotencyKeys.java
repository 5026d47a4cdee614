package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Idempotency keys, inside the posting transaction. While a posting runs, its key is held by a
 * transaction-scoped advisory lock: a second request with the key fails to take it and gets 409 at
 * once instead of waiting. The key's row in {@code pay_idempotency} (primary key scope + key) is
 * written by the same transaction as the entry, so a key exists exactly when its entry does; a
 * posting that fails or whose server dies leaves neither, and the client may retry with the key. The
 * row is written by {@link LedgerWriter#writeAll} with the entry; a second posting under the key
 * fails on its primary key.
 */
final class IdempotencyKeys {

  /**
   * The keys' locks and rows in one round trip, for any number of keys (arrays ?1 scopes, ?2 keys).
   * The statement's snapshot is taken before the locks: a posting that committed a key in between
   * is not seen here, but its row makes this posting's own key insert fail (primary key), and the
   * retry answers it.
   */
  static final String CLAIM = "SELECT pg_try_advisory_xact_lock(hashtextextended(current_schema() || ':idem:' "
      + "|| x.s || ':' || x.k, 0)), k.payload_hash, k.payment_id FROM unnest(?::text[], ?::text[]) WITH ORDINALITY "
      + "AS x(s, k, i) LEFT JOIN pay_idempotency k ON k.scope = x.s AND k.idem_key = x.k AND k.state = 'DONE' "
      + "ORDER BY x.i";

  private IdempotencyKeys() {}

  /**
   * A key with the hash of its request; once claimed, the posting transaction holds it until it ends.
   *
   * @param scope API, BANK:bank or GW:gateway
   * @param key the key
   * @param payloadHash the request's hash
   */
  record Claim(String scope, String key, String payloadHash) {

    /**
     * A key for a request.
     *
     * @param scope API, BANK:bank or GW:gateway
     * @param key the key (checked)
     * @param payload the request in canonical form
     * @return the key
     * @throws InvalidRequestException when the key is not 1 to 100 visible ASCII characters
     */
    static Claim of(String scope, String key, String payload) {
      validate(key);
      return new Claim(scope, key, sha256(payload));
    }
  }

  /**
   * The outcome of a claim: exactly one of the three is set.
   *
   * @param replay the entry posted under the key earlier, to answer again
   * @param claim the claim to post under
   * @param refused why the request may not go ahead (another payload: 422; in flight: 409)
   */
  record Claimed(Long replay, Claim claim, RuntimeException refused) {}

  /**
   * Claims keys in the posting transaction, or finds the entries they already produced. A key given
   * twice is in flight for its second request (409), unless it was posted already.
   *
   * @param connection the posting transaction's connection
   * @param keys the keys, in the batch's order
   * @return per key, in order, what its request may do
   * @throws SQLException when the statement fails
   */
  static List<Claimed> claimAll(Connection connection, List<Claim> keys) throws SQLException {
    Keys batch = new Keys(keys);
    try (PreparedStatement ps = connection.prepareStatement(CLAIM)) {
      batch.bind(connection, ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        return batch.read(rs);
      }
    }
  }

  /** The keys of a batch for {@link #CLAIM}, each once, and what the claim answers for each request. */
  static final class Keys {

    private final List<Claim> keys;
    private final Map<String, Integer> first = new HashMap<>();
    private final List<Claim> distinct = new ArrayList<>();

    Keys(List<Claim> keys) {
      this.keys = keys;
      for (Claim k : keys) {
        if (first.putIfAbsent(k.scope() + '\u0000' + k.key(), distinct.size()) == null) {
          distinct.add(k);
        }
      }
    }

    /** Binds the claim's two arrays from parameter {@code at}. */
    void bind(Connection connection, PreparedStatement ps, int at) throws SQLException {
      ps.setArray(at, connection.createArrayOf("text", distinct.stream().map(Claim::scope).toArray()));
      ps.setArray(at + 1, connection.createArrayOf("text", distinct.stream().map(Claim::key).toArray()));
    }

    /** Reads the claim's rows: per request, in order, what it may do. */
    List<Claimed> read(ResultSet rs) throws SQLException {
      List<Object[]> rows = new ArrayList<>(distinct.size());
      while (rs.next()) {
        long id = rs.getLong(3);
        rows.add(new Object[] {rs.getBoolean(1), rs.getString(2), rs.wasNull() ? null : id});
      }
      List<Claimed> claimed = new ArrayList<>(keys.size());
      boolean[] taken = new boolean[distinct.size()];
      for (Claim k : keys) {
        int at = first.get(k.scope() + '\u0000' + k.key());
        Object[] row = rows.get(at);
        if (row[2] != null) {
          claimed.add(k.payloadHash().equals(row[1]) ? new Claimed((Long) row[2], null, null)
              : new Claimed(null, null, new UnprocessableException("幂等键 " + k.key() + " 已用于另一笔不同的请求 / the key "
                  + k.key() + " was used for a different request")));
        } else if (!(Boolean) row[0] || taken[at]) {
          claimed.add(new Claimed(null, null, new ConflictException("幂等键 " + k.key() + " 的请求正在处理，请稍后重试 / "
              + "the first request with this key is still in flight; retry later")));
        } else {
          taken[at] = true;
          claimed.add(new Claimed(null, k, null));
        }
      }
      return claimed;
    }
  }

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
