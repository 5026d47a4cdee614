package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.plugins.payments.PaymentsModule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies prepaid balances to what their accounts owe now: after a billing run, a tariff
 * correction or a late fee, money the customer paid in advance settles the new charges without
 * anyone asking. Accounts with a balance are read in pages and billing says which of them owe;
 * each application is an ordinary APPLY entry (its own transaction, receipt and audit), keyed by the
 * balance's version so that two sweeps at once apply a balance once.
 */
public class PrepaidSweep {

  static final int PAGE = 1000;

  private final ModuleContext context;

  /**
   * Binds the sweep to a company.
   *
   * @param context the payments module's context
   */
  public PrepaidSweep(ModuleContext context) {
    this.context = context;
  }

  /**
   * What a sweep did.
   *
   * @param accountsWithBalance accounts holding a prepaid balance
   * @param applied entries written
   * @param amount yuan moved from balances to settlements
   */
  public record Outcome(long accountsWithBalance, long applied, BigDecimal amount) {}

  /**
   * Sweeps on request (staff).
   *
   * @return what it did
   */
  public Outcome runNow() {
    context.requirePermission(PaymentsModule.COLLECT);
    return run(context.user().map(u -> u.username()).orElse("system"));
  }

  /**
   * Sweeps when the company's setting allows (the scheduled job).
   *
   * @return what it did, or null when switched off
   */
  public Outcome scheduled() {
    return context.settings().flag(PaymentsModule.AUTO_APPLY_PREPAID) ? run("system:prepaid-sweep") : null;
  }

  private Outcome run(String by) {
    PaymentService payments = new PaymentService(context);
    Receivables receivables = context.service(Receivables.class);
    AccountDirectory directory = context.service(AccountDirectory.class);
    long after = 0;
    long withBalance = 0;
    long applied = 0;
    BigDecimal amount = BigDecimal.ZERO.setScale(2);
    while (true) {
      long from = after;
      List<Object[]> page = context.inTransaction(em -> em.createNativeQuery("SELECT account_id, version FROM pay_prepaid "
              + "WHERE balance > 0 AND account_id > ?1 ORDER BY account_id LIMIT ?2")
          .setParameter(1, from).setParameter(2, PAGE).getResultList().stream().map(r -> (Object[]) r).toList());
      if (page.isEmpty()) {
        break;
      }
      withBalance += page.size();
      after = ((Number) page.get(page.size() - 1)[0]).longValue();
      Map<Long, Long> versions = new java.util.HashMap<>();
      page.forEach(r -> versions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
      Set<Long> owing = receivables.owing(versions.keySet());
      if (owing.isEmpty()) {
        continue;
      }
      Map<Long, AccountSummary> accounts = directory.byIds(owing);
      for (long accountId : owing) {
        AccountSummary account = accounts.get(accountId);
        if (account == null) {
          continue;
        }
        try {
          PaymentService.Posted posted = payments.applyPrepaid(account, "AUTO",
              "PREPAID-" + accountId + "-V" + versions.get(accountId), by);
          if (!posted.replayed()) {
            applied++;
            amount = amount.subtract(posted.payment().prepaid());
          }
        } catch (UnprocessableException | ConflictException e) {
          // nothing owed any more, the balance is gone, or another sweep is applying it right now
        }
      }
    }
    if (applied > 0) {
      context.audit().record("payments.prepaid.sweep", "prepaid", applied + " accounts, " + amount + " yuan applied");
    }
    return new Outcome(withBalance, applied, amount);
  }
}
