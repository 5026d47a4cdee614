package io.heatcloud.core.customers.application;

import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.customers.MeterReadingSummary;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.customers.UsageTypeSummary;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.core.common.Page;
import io.heatcloud.core.customers.application.AccountDetail.ContractView;
import io.heatcloud.core.customers.application.AccountDetail.CustomerView;
import io.heatcloud.core.customers.application.AccountDetail.EventView;
import io.heatcloud.core.customers.application.AccountDetail.PremiseView;
import io.heatcloud.core.customers.application.AccountDetail.ReadingView;
import io.heatcloud.core.customers.domain.Account;
import io.heatcloud.core.customers.domain.AccountEvent;
import io.heatcloud.core.customers.domain.Contract;
import io.heatcloud.core.customers.domain.Customer;
import io.heatcloud.core.customers.domain.UsageType;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Reads the customer archive of the caller's company. The company is always the user's own (from
 * the login); an id of another company's account is simply not found. Phones and ID numbers are
 * masked unless the user may see personal data.
 */
@ApplicationScoped
public class AccountService {

  private static final Pattern PHONE = Pattern.compile("\\d{7,12}");
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z][A-Za-z0-9-]*\\d*");
  private static final String ROW =
      "SELECT a.id, a.accountNo, c.name, c.phone, a.address, a.status, a.openedOn FROM Account a JOIN a.customer c";

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject TenantTransactions tx;
  @Inject AccessPolicy policy;

  /**
   * Searches accounts.
   *
   * @param user the caller
   * @param query what to look for
   * @param offset rows to skip
   * @param limit rows to return, at most 500
   * @return the page
   */
  public Page<AccountView> search(AuthenticatedUser user, AccountQuery query, int offset, int limit) {
    BoundTenant tenant = requireCompany(user, Operation.ACCOUNTS_VIEW);
    boolean personal = seesPersonalData(user);
    int size = Math.max(1, Math.min(limit, 500));
    return tx.call(tenant, () -> {
      List<String> conditions = new ArrayList<>();
      Map<String, Object> params = new LinkedHashMap<>();
      where(query, conditions, params);
      String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
      TypedQuery<Object[]> rows = em.createQuery(ROW + where + " ORDER BY a.accountNo", Object[].class);
      TypedQuery<Long> count =
          em.createQuery("SELECT count(a) FROM Account a JOIN a.customer c" + where, Long.class);
      params.forEach((k, v) -> {
        rows.setParameter(k, v);
        count.setParameter(k, v);
      });
      List<AccountView> items = rows.setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList()
          .stream().map(r -> view(r, personal)).toList();
      return new Page<>(items, count.getSingleResult(), Math.max(0, offset));
    });
  }

  private static void where(AccountQuery q, List<String> conditions, Map<String, Object> params) {
    String text = blankToNull(q.text());
    if (text != null) {
      if (PHONE.matcher(text).matches()) {
        conditions.add("(c.phone = :phone OR c.phone2 = :phone OR a.accountNo LIKE :number)");
        params.put("phone", text);
        params.put("number", like(text) + "%");
      } else if (NUMBER.matcher(text).matches()) {
        conditions.add("a.accountNo LIKE :number");
        params.put("number", like(text.toUpperCase(java.util.Locale.ROOT)) + "%");
      } else {
        conditions.add("(c.name LIKE :name OR a.address LIKE :address)");
        params.put("name", like(text) + "%");
        params.put("address", "%" + like(text) + "%");
      }
    }
    if (blankToNull(q.number()) != null) {
      conditions.add("a.accountNo LIKE :number2");
      params.put("number2", like(q.number().trim().toUpperCase(java.util.Locale.ROOT)) + "%");
    }
    if (blankToNull(q.name()) != null) {
      conditions.add("c.name LIKE :name2");
      params.put("name2", like(q.name().trim()) + "%");
    }
    if (blankToNull(q.phone()) != null) {
      conditions.add("(c.phone = :phone2 OR c.phone2 = :phone2)");
      params.put("phone2", q.phone().trim());
    }
    if (blankToNull(q.address()) != null) {
      conditions.add("a.address LIKE :address2");
      params.put("address2", "%" + like(q.address().trim()) + "%");
    }
    if (blankToNull(q.status()) != null) {
      conditions.add("a.status = :status");
      params.put("status", q.status().trim().toUpperCase(java.util.Locale.ROOT));
    }
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
    boolean personal = seesPersonalData(user);
    return tx.call(tenant, () -> em.createQuery(ROW + " WHERE a.id = :id", Object[].class)
        .setParameter("id", id).getResultStream().findFirst().map(r -> view(r, personal))
        .orElseThrow(() -> notFound(id)));
  }

  /**
   * The account page: account, customer, premises, readings, contracts, history.
   *
   * @param user the caller
   * @param id the account id
   * @return the detail
   */
  public AccountDetail detail(AuthenticatedUser user, long id) {
    BoundTenant tenant = requireCompany(user, Operation.ACCOUNTS_VIEW);
    boolean personal = seesPersonalData(user);
    return tx.call(tenant, () -> {
      Account account = em.find(Account.class, id);
      if (account == null) {
        throw notFound(id);
      }
      Customer c = account.getCustomer();
      CustomerView customer = new CustomerView(c.getId(), c.getCustomerNo(), c.getKind().name(), c.getName(),
          c.getIdType() == null ? null : c.getIdType().name(),
          personal ? c.getIdNumber() : Masking.idNumber(c.getIdNumber()),
          personal ? c.getPhone() : Masking.phone(c.getPhone()),
          personal ? c.getPhone2() : Masking.phone(c.getPhone2()));
      Map<String, String> usageNames = new LinkedHashMap<>();
      for (UsageType t : em.createNamedQuery("UsageType.findAll", UsageType.class).getResultList()) {
        usageNames.put(t.getCode(), t.getNameZh());
      }
      List<PremiseSummary> rooms = premises(List.of(id)).getOrDefault(id, List.of());
      List<PremiseView> premises = rooms.stream().map(r -> new PremiseView(r.roomId(), r.premiseCode(),
          r.communityCode(), r.communityName(), r.building(), r.unit(), r.roomNo(), r.buildingArea(),
          r.heatedArea(), r.usageType(), usageNames.getOrDefault(r.usageType(), r.usageType()), r.heatingMode(),
          r.meterSerial(), r.valveState())).toList();
      List<ReadingView> readings = new ArrayList<>();
      for (PremiseSummary room : rooms) {
        if (room.meterSerial() != null) {
          em.createNamedQuery("MeterReading.findByRoom", io.heatcloud.core.customers.domain.MeterReading.class)
              .setParameter("room", room.roomId()).setMaxResults(12).getResultList()
              .forEach(m -> readings.add(new ReadingView(room.roomId(), room.premiseCode(), m.getReadOn(),
                  m.getReadingGj(), m.getSource())));
        }
      }
      List<ContractView> contracts = em.createNamedQuery("Contract.findByAccount", Contract.class)
          .setParameter("account", id).getResultList().stream()
          .map(k -> new ContractView(k.getContractNo(), k.getSignedOn(), k.getValidTo(), k.getStatus())).toList();
      List<EventView> events = em.createNamedQuery("AccountEvent.findByAccount", AccountEvent.class)
          .setParameter("account", id).setMaxResults(50).getResultList().stream()
          .map(e -> new EventView(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetails())).toList();
      AccountView view = new AccountView(account.getId(), account.getAccountNo(), c.getName(), customer.phone(),
          account.getAddress(), account.getStatus(), account.getOpenedOn());
      return new AccountDetail(view, account.getClosedOn(), account.getCloseReason(), customer, premises, readings,
          contracts, events, account.getVersion());
    });
  }

  /**
   * The number of accounts of a company, for the consoles' roll-ups.
   *
   * @param tenant the company
   * @return the count
   */
  public long count(BoundTenant tenant) {
    return tx.callNew(tenant, () -> em.createNamedQuery("Account.countAll", Long.class).getSingleResult());
  }

  /**
   * The company's usage types.
   *
   * @param tenant the company
   * @return the types
   */
  public List<UsageTypeSummary> usageTypes(BoundTenant tenant) {
    return tx.call(tenant, () -> em.createNamedQuery("UsageType.findAll", UsageType.class).getResultList().stream()
        .map(t -> new UsageTypeSummary(t.getCode(), t.getNameZh(), t.getNameEn(), t.getCategory())).toList());
  }

  /**
   * The phones on file for an account (for the customer portal's verification), with its id.
   *
   * @param tenant the company
   * @param accountNo the account
   * @return the account's id and summary, and its customer's phones; empty when unknown or closed
   */
  public Optional<Map.Entry<AccountSummary, List<String>>> contact(BoundTenant tenant, String accountNo) {
    return tx.call(tenant, () -> em.createNamedQuery("Account.findByNumber", Account.class)
        .setParameter("no", accountNo).getResultStream().findFirst()
        .filter(a -> !"CLOSED".equals(a.toSummary().status()))
        .map(a -> Map.entry(a.toSummary(), java.util.stream.Stream.of(a.getCustomer().getPhone(),
            a.getCustomer().getPhone2()).filter(p -> p != null && !p.isBlank()).toList())));
  }

  /**
   * The read-only archive service offered to plugins, bound to one company.
   *
   * @param tenant the company
   * @return the directory
   */
  public AccountDirectory directory(BoundTenant tenant) {
    return new AccountDirectory() {
      @Override
      public Optional<AccountSummary> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
      }

      @Override
      public Optional<AccountSummary> byNumber(String accountNo) {
        return Optional.ofNullable(byNumbers(List.of(accountNo)).get(accountNo));
      }

      @Override
      public Map<String, AccountSummary> byNumbers(Collection<String> accountNos) {
        if (accountNos.isEmpty()) {
          return Map.of();
        }
        // one statement of one text for any number of accounts: payments look accounts up on every posting
        return tx.call(tenant, () -> {
          Map<String, AccountSummary> found = new LinkedHashMap<>();
          em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT a.id, a.account_no, c.name, a.address, "
                + "a.status FROM account a JOIN customer c ON c.id = a.customer_id WHERE a.account_no = ANY(?)")) {
              ps.setArray(1, connection.createArrayOf("text", accountNos.toArray()));
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found.put(rs.getString(2), new AccountSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                      rs.getString(4), rs.getString(5)));
                }
              }
            }
          });
          return found;
        });
      }

      @Override
      public List<AccountSummary> page(int offset, int limit) {
        return tx.call(tenant, () -> em.createQuery(
                "SELECT a.id, a.accountNo, c.name, a.address, a.status FROM Account a JOIN a.customer c ORDER BY a.accountNo",
                Object[].class)
            .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500)))
            .getResultStream().map(AccountService::summary).toList());
      }

      @Override
      public long countActive() {
        return tx.call(tenant, () -> em.createNamedQuery("Account.countActive", Long.class).getSingleResult());
      }

      @Override
      public List<Long> activeAccountIds(long afterId, int limit) {
        return tx.call(tenant, () -> {
          List<Long> ids = new ArrayList<>();
          em.unwrap(Session.class).doWork(wrapped -> {
            try (PreparedStatement ps = physical(wrapped).prepareStatement(
                "SELECT id FROM account WHERE status = 'ACTIVE' AND id > ? ORDER BY id LIMIT ?")) {
              ps.setLong(1, afterId);
              ps.setInt(2, Math.max(1, Math.min(limit, 20_000)));
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getLong(1));
                }
              }
            }
          });
          return ids;
        });
      }

      @Override
      public Map<Long, AccountSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
          return Map.of();
        }
        return tx.call(tenant, () -> {
          Map<Long, AccountSummary> found = new LinkedHashMap<>();
          em.createQuery("SELECT a.id, a.accountNo, c.name, a.address, a.status FROM Account a JOIN a.customer c "
                  + "WHERE a.id IN :ids", Object[].class)
              .setParameter("ids", ids).getResultStream().map(AccountService::summary)
              .forEach(s -> found.put(s.id(), s));
          return found;
        });
      }

      @Override
      public Map<Long, List<PremiseSummary>> premises(Collection<Long> accountIds) {
        return AccountService.this.premisesIn(tenant, accountIds);
      }

      @Override
      public List<MeterReadingSummary> readings(Collection<Long> roomIds, LocalDate from, LocalDate to) {
        if (roomIds.isEmpty()) {
          return List.of();
        }
        return tx.call(tenant, () -> {
          List<MeterReadingSummary> found = new ArrayList<>();
          em.unwrap(Session.class).doWork(wrapped -> {
            Connection connection = physical(wrapped);
            try (PreparedStatement ps = connection.prepareStatement(
                "SELECT room_id, read_on, reading_gj FROM meter_reading WHERE room_id = ANY(?) "
                    + "AND read_on BETWEEN ? AND ? ORDER BY room_id, read_on")) {
              ps.setArray(1, connection.createArrayOf("bigint", roomIds.toArray()));
              ps.setObject(2, from);
              ps.setObject(3, to);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found.add(new MeterReadingSummary(rs.getLong(1), rs.getObject(2, LocalDate.class),
                      rs.getBigDecimal(3)));
                }
              }
            }
          });
          return found;
        });
      }

      @Override
      public List<UsageTypeSummary> usageTypes() {
        return AccountService.this.usageTypes(tenant);
      }
    };
  }

  private Map<Long, List<PremiseSummary>> premises(Collection<Long> accountIds) {
    Map<Long, List<PremiseSummary>> result = new java.util.HashMap<>();
    if (accountIds.isEmpty()) {
      return result;
    }
    // plain JDBC: plugins read premises for thousands of accounts at a time. Ascending, dense ids (a
    // chunk of a batch job) are read as one index range; others with one array parameter.
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long id : accountIds) {
      min = Math.min(min, id);
      max = Math.max(max, id);
    }
    boolean range = accountIds.size() >= 64 && max - min < 4L * accountIds.size();
    java.util.Set<Long> wanted = range ? new java.util.HashSet<>(accountIds) : null;
    long first = min;
    long last = max;
    em.unwrap(Session.class).doWork(wrapped -> {
      Connection connection = physical(wrapped);
      // the rooms, then where their (far fewer) units are: joining every room to the whole building
      // tree would hash all the company's units for each chunk
      record Room(long id, long account, String premiseCode, long unitId, String roomNo, BigDecimal buildingArea,
          BigDecimal heatedArea, String usageType, String category, String heatingMode, String valveState,
          String meterSerial) {}
      record Place(String communityCode, String communityName, String building, String unit) {}
      List<Room> rooms = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT r.id, r.account_id, r.premise_code, r.unit_id, r.room_no, r.building_area, r.heated_area, "
              + "r.usage_type, t.category, r.heating_mode, r.valve_state, r.meter_serial "
              + "FROM room r JOIN usage_type t ON t.code = r.usage_type "
              + (range ? "WHERE r.account_id BETWEEN ? AND ? " : "WHERE r.account_id = ANY(?) "))) {
        if (range) {
          ps.setLong(1, first);
          ps.setLong(2, last);
        } else {
          ps.setArray(1, connection.createArrayOf("bigint", accountIds.toArray()));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long account = rs.getLong(2);
            if (wanted == null || wanted.contains(account)) {
              rooms.add(new Room(rs.getLong(1), account, rs.getString(3), rs.getLong(4), rs.getString(5),
                  rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10),
                  rs.getString(11), rs.getString(12)));
            }
          }
        }
      }
      if (rooms.isEmpty()) {
        return;
      }
      Map<Long, Place> places = new java.util.HashMap<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT u.id, co.code, co.name, b.code, u.code FROM building_unit u JOIN building b ON b.id = u.building_id "
              + "JOIN community co ON co.id = b.community_id WHERE u.id = ANY(?)")) {
        ps.setArray(1, connection.createArrayOf("bigint", rooms.stream().map(Room::unitId).distinct().toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            places.put(rs.getLong(1), new Place(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
          }
        }
      }
      for (Room r : rooms) {
        Place p = places.get(r.unitId());
        result.computeIfAbsent(r.account(), k -> new ArrayList<>()).add(new PremiseSummary(r.id(), r.account(),
            r.premiseCode(), p.communityCode(), p.communityName(), p.building(), p.unit(), r.roomNo(), r.buildingArea(),
            r.heatedArea(), r.usageType(), r.category(), r.heatingMode(), r.valveState(), r.meterSerial()));
      }
    });
    // each account's rooms by premise code, sorted here (most accounts have one room: the server need
    // not sort a whole chunk for them)
    for (List<PremiseSummary> rooms : result.values()) {
      if (rooms.size() > 1) {
        rooms.sort(java.util.Comparator.comparing(PremiseSummary::premiseCode));
      }
    }
    return result;
  }

  /**
   * The PostgreSQL connection under the pool's wrapper, for reads of thousands of rows in the
   * current transaction (same physical connection): the wrapper takes a lock on every call of
   * every result set. Statements made on it are closed by their callers.
   */
  private static Connection physical(Connection wrapped) throws java.sql.SQLException {
    return wrapped.unwrap(org.postgresql.jdbc.PgConnection.class);
  }

  private Map<Long, List<PremiseSummary>> premisesIn(BoundTenant tenant, Collection<Long> accountIds) {
    return tx.call(tenant, () -> premises(accountIds));
  }

  /**
   * Whether the user may see ID numbers and phones unmasked.
   *
   * @param user the user
   * @return true for company administrators (the matrix decides)
   */
  public boolean seesPersonalData(AuthenticatedUser user) {
    return user.tenantCode() != null && policy.allows(user, Operation.CUSTOMERS_PERSONAL_DATA, user.tenantCode());
  }

  BoundTenant requireCompany(AuthenticatedUser user, Operation operation) {
    if (user == null || user.tenantCode() == null) {
      policy.check(user, operation, null);
    }
    policy.check(user, operation, user.tenantCode());
    return user.tenant().orElseThrow();
  }

  private static AccountView view(Object[] r, boolean personal) {
    String phone = (String) r[3];
    return new AccountView((Long) r[0], (String) r[1], (String) r[2], personal ? phone : Masking.phone(phone),
        (String) r[4], (String) r[5], (LocalDate) r[6]);
  }

  private static AccountSummary summary(Object[] r) {
    return new AccountSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("账户不存在 / no such account: " + id);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
