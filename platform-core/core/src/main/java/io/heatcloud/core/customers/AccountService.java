package io.heatcloud.core.customers;

import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.common.Page;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Reads the customer archive of the caller's company. The company is always the user's own (from
 * the login); an id of another company's account is simply not found.
 */
@ApplicationScoped
public class AccountService {

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject TenantTransactions tx;
  @Inject AccessPolicy policy;

  /**
   * Searches accounts by number, holder name or address.
   *
   * @param user the caller
   * @param query the text to look for, may be blank
   * @param offset rows to skip
   * @param limit rows to return, at most 200
   * @return the page
   */
  public Page<AccountView> search(AuthenticatedUser user, String query, int offset, int limit) {
    BoundTenant tenant = requireCompany(user, Operation.ACCOUNTS_VIEW);
    String q = query == null ? "" : query.trim();
    int size = Math.max(1, Math.min(limit, 200));
    return tx.call(
        tenant,
        () -> {
          String where =
              q.isEmpty()
                  ? ""
                  : " WHERE a.accountNo LIKE :prefix OR a.holderName LIKE :like OR a.address LIKE :like";
          TypedQuery<Account> rows =
              em.createQuery("SELECT a FROM Account a" + where + " ORDER BY a.accountNo", Account.class);
          TypedQuery<Long> count = em.createQuery("SELECT count(a) FROM Account a" + where, Long.class);
          if (!q.isEmpty()) {
            String like = "%" + escapeLike(q) + "%";
            for (TypedQuery<?> query1 : List.of(rows, count)) {
              query1.setParameter("prefix", escapeLike(q) + "%");
              query1.setParameter("like", like);
            }
          }
          List<AccountView> items =
              rows.setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList().stream()
                  .map(a -> view(a, user))
                  .toList();
          return new Page<>(items, count.getSingleResult(), Math.max(0, offset));
        });
  }

  /**
   * One account of the caller's company.
   *
   * @param user the caller
   * @param id the account id
   * @return the account
   * @throws NotFoundException when the company has no such account
   */
  public AccountView get(AuthenticatedUser user, long id) {
    BoundTenant tenant = requireCompany(user, Operation.ACCOUNTS_VIEW);
    return tx.call(
        tenant,
        () -> {
          Account account = em.find(Account.class, id);
          if (account == null) {
            throw new NotFoundException("账户不存在 / no such account: " + id);
          }
          return view(account, user);
        });
  }

  /**
   * The number of accounts of a company, for the consoles' roll-ups.
   *
   * @param tenant the company
   * @return the count
   */
  public long count(BoundTenant tenant) {
    return tx.callNew(
        tenant, () -> em.createNamedQuery("Account.countAll", Long.class).getSingleResult());
  }

  /**
   * The read-only account service offered to plugins, bound to one company.
   *
   * @param tenant the company
   * @return the directory
   */
  public AccountDirectory directory(BoundTenant tenant) {
    return new AccountDirectory() {
      @Override
      public Optional<AccountSummary> byId(long id) {
        return tx.call(tenant, () -> Optional.ofNullable(em.find(Account.class, id)).map(Account::toSummary));
      }

      @Override
      public Optional<AccountSummary> byNumber(String accountNo) {
        return tx.call(
            tenant,
            () ->
                em.createNamedQuery("Account.findByNumber", Account.class)
                    .setParameter("no", accountNo)
                    .getResultStream()
                    .findFirst()
                    .map(Account::toSummary));
      }

      @Override
      public List<AccountSummary> page(int offset, int limit) {
        return tx.call(
            tenant,
            () ->
                em.createQuery("SELECT a FROM Account a ORDER BY a.accountNo", Account.class)
                    .setFirstResult(Math.max(0, offset))
                    .setMaxResults(Math.max(1, Math.min(limit, 500)))
                    .getResultStream()
                    .map(Account::toSummary)
                    .toList());
      }

      @Override
      public long countActive() {
        return tx.call(
            tenant, () -> em.createNamedQuery("Account.countActive", Long.class).getSingleResult());
      }
    };
  }

  private BoundTenant requireCompany(AuthenticatedUser user, Operation operation) {
    if (user == null || user.tenantCode() == null) {
      policy.check(user, operation, null);
    }
    policy.check(user, operation, user.tenantCode());
    return user.tenant().orElseThrow();
  }

  private static AccountView view(Account a, AuthenticatedUser reader) {
    boolean seesPersonalData = reader.role() == Role.COMPANY_ADMIN;
    return new AccountView(
        a.getId(),
        a.getAccountNo(),
        a.getHolderName(),
        seesPersonalData ? a.getPhone() : Masking.phone(a.getPhone()),
        a.getAddress(),
        a.getStatus(),
        a.getOpenedOn());
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
