package io.heatcloud.plugins.paysim;

import io.heatcloud.api.context.ModuleContext;

/** Nonces seen by one side, so that a captured message cannot be replayed within its window. */
final class Nonces {

  private Nonces() {}

  /**
   * Records a nonce.
   *
   * @param context the company
   * @param side gateway or client
   * @param nonce the nonce
   * @return true when it had not been seen
   */
  static boolean fresh(ModuleContext context, String side, String nonce) {
    return context.inTransaction(em -> {
      if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
        // now and then, not on every message: nonces older than any signature window are forgotten
        em.createNativeQuery("DELETE FROM sim_nonce WHERE seen_at < now() - interval '1 day'").executeUpdate();
      }
      return em.createNativeQuery("INSERT INTO sim_nonce (side, nonce, seen_at) VALUES (?1, ?2, now()) "
          + "ON CONFLICT DO NOTHING").setParameter(1, side).setParameter(2, nonce).executeUpdate() == 1;
    });
  }
}
