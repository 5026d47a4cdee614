package io.heatcloud.core.customers.application;

import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.customers.domain.Account;
import io.heatcloud.core.customers.domain.AccountEvent;
import io.heatcloud.core.customers.domain.Building;
import io.heatcloud.core.customers.domain.BuildingUnit;
import io.heatcloud.core.customers.domain.CodeKind;
import io.heatcloud.core.customers.domain.CodePattern.Field;
import io.heatcloud.core.customers.domain.Community;
import io.heatcloud.core.customers.domain.Contract;
import io.heatcloud.core.customers.domain.Customer;
import io.heatcloud.core.customers.domain.CustomerKind;
import io.heatcloud.core.customers.domain.HeatingMode;
import io.heatcloud.core.customers.domain.IdType;
import io.heatcloud.core.customers.domain.MeterReading;
import io.heatcloud.core.customers.domain.Room;
import io.heatcloud.core.customers.domain.RoomFacts;
import io.heatcloud.core.customers.domain.UsageType;
import io.heatcloud.core.customers.domain.ValveState;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes the customer archive: communities, opening accounts (customer, premise, generated
 * numbers, contract), editing, closing, meter readings, and the row-by-row upsert behind imports.
 * Every change is written to the account's history; personal data is masked there.
 */
@ApplicationScoped
public class ArchiveService {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject TenantTransactions tx;
  @Inject AccountService accounts;
  @Inject CodingService coding;
  @Inject AuditLog audit;

  /** The outcome of writing one account. */
  public enum Outcome {
    /** A new account (and premise, and perhaps customer) was created. */
    CREATED,
    /** An existing premise or customer was changed. */
    UPDATED,
    /** Everything was already so. */
    UNCHANGED
  }

  /**
   * A community to create.
   *
   * @param code its code (1-8 letters or digits)
   * @param name its name
   * @param district its district
   * @param address its street address
   */
  public record NewCommunity(String code, String name, String district, String address) {}

  /**
   * A community.
   *
   * @param id the id
   * @param code the code
   * @param name the name
   * @param district the district
   * @param address the address
   */
  public record CommunityView(long id, String code, String name, String district, String address)
      implements java.io.Serializable {}

  /**
   * The changes of an account's edit.
   *
   * @param version the version the user edited (optimistic locking)
   * @param name the customer's name
   * @param phone the customer's phone
   * @param phone2 a second phone
   * @param rooms the rooms' new facts by room id
   */
  public record AccountChange(int version, String name, String phone, String phone2, Map<Long, RoomFacts> rooms) {}

  /**
   * The company's communities.
   *
   * @param user the caller
   * @return the communities by code
   */
  public List<CommunityView> communities(AuthenticatedUser user) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_VIEW);
    return tx.call(tenant, () -> em.createNamedQuery("Community.findAll", Community.class).getResultList().stream()
        .map(ArchiveService::view).toList());
  }

  /**
   * Creates a community.
   *
   * @param user the caller
   * @param spec the community
   * @return it
   */
  public CommunityView createCommunity(AuthenticatedUser user, NewCommunity spec) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    List<FieldError> errors = new ArrayList<>();
    if (spec == null || spec.code() == null || !ArchiveRules.upper(spec.code()).matches("[A-Z0-9]{1,8}")) {
      errors.add(new FieldError("code", "小区编码须为 1-8 位字母或数字 / 1-8 letters or digits"));
    }
    if (spec == null || spec.name() == null || spec.name().isBlank() || spec.name().length() > 100) {
      errors.add(new FieldError("name", "小区名称必填 / a name is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("小区信息无效 / invalid community", errors);
    }
    CommunityView created = tx.call(tenant, () -> {
      if (!em.createNamedQuery("Community.findByCode", Community.class)
          .setParameter("code", ArchiveRules.upper(spec.code())).getResultList().isEmpty()) {
        throw new ConflictException("小区编码已存在 / community code exists: " + spec.code());
      }
      Community community = new Community(ArchiveRules.upper(spec.code()), spec.name().trim(),
          blank(spec.district()), blank(spec.address()), Instant.now());
      em.persist(community);
      em.flush();
      return view(community);
    });
    audit.record("archive.community-create", tenant.code(), "community:" + created.code(), AuditLog.SUCCESS,
        created.name());
    return created;
  }

  /**
   * Finds a community by code, or creates it when a name is given (imports).
   *
   * @param tenant the company
   * @param code the community's code
   * @param name its name, for a new community
   * @return true when it exists now
   */
  public boolean ensureCommunity(BoundTenant tenant, String code, String name) {
    String c = ArchiveRules.upper(code);
    if (c == null || !c.matches("[A-Z0-9]{1,8}")) {
      return false;
    }
    return tx.call(tenant, () -> {
      if (!em.createNamedQuery("Community.findByCode", Community.class).setParameter("code", c).getResultList().isEmpty()) {
        return true;
      }
      if (name == null || name.isBlank()) {
        return false;
      }
      em.persist(new Community(c, name.trim(), null, null, Instant.now()));
      return true;
    });
  }

  /**
   * Opens an account: finds or creates the customer (by identity document) and the premise, and
   * generates the numbers and a contract.
   *
   * @param user the caller
   * @param customer the customer
   * @param premise the premise
   * @return the new account
   */
  public AccountView open(AuthenticatedUser user, CustomerData customer, PremiseData premise) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    Written written = write(tenant, user.username(), customer, premise, true);
    audit.record("archive.account-open", tenant.code(), "account:" + written.accountNo(), AuditLog.SUCCESS,
        "premise " + written.premiseCode());
    return accounts.get(user, written.accountId());
  }

  /**
   * What a write did.
   *
   * @param outcome created, updated or unchanged
   * @param accountId the account
   * @param accountNo its number
   * @param premiseCode the premise
   */
  public record Written(Outcome outcome, long accountId, String accountNo, String premiseCode) {}

  /**
   * Writes one account idempotently (the import's unit of work, also behind {@link #open}):
   * validates, then creates what is missing and changes what differs.
   *
   * @param tenant the company
   * @param actor who, for the history
   * @param customer the customer
   * @param premise the premise
   * @param createOnly true to refuse a premise that already has an account (interactive opening)
   * @return what was done
   * @throws InvalidRequestException with every problem
   * @throws ConflictException when the premise belongs to another customer's account
   */
  public Written write(BoundTenant tenant, String actor, CustomerData customer, PremiseData premise, boolean createOnly) {
    Set<String> usageTypes = usageTypeCodes(tenant);
    List<FieldError> errors = new ArrayList<>();
    ArchiveRules.customer(customer, "customer.", errors);
    ArchiveRules.premise(premise, usageTypes, "premise.", errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("账户信息无效 / invalid account", errors);
    }
    return tx.call(tenant, () -> {
      Instant now = Instant.now();
      Community community = em.createNamedQuery("Community.findByCode", Community.class)
          .setParameter("code", ArchiveRules.upper(premise.communityCode())).getResultStream().findFirst()
          .orElseThrow(() -> new InvalidRequestException("小区不存在 / no such community: " + premise.communityCode(),
              List.of(new FieldError("premise.communityCode", "no such community"))));
      Building building = em.createNamedQuery("Building.find", Building.class)
          .setParameter("community", community).setParameter("code", ArchiveRules.upper(premise.building()))
          .getResultStream().findFirst().orElseGet(() -> {
            Building b = new Building(community, ArchiveRules.upper(premise.building()));
            em.persist(b);
            return b;
          });
      BuildingUnit unit = em.createNamedQuery("BuildingUnit.find", BuildingUnit.class)
          .setParameter("building", building).setParameter("code", ArchiveRules.upper(premise.unit()))
          .getResultStream().findFirst().orElseGet(() -> {
            BuildingUnit u = new BuildingUnit(building, ArchiveRules.upper(premise.unit()));
            em.persist(u);
            return u;
          });
      String roomNo = ArchiveRules.upper(premise.roomNo());
      RoomFacts facts = facts(premise.buildingArea(), premise.heatedArea(), premise.usageType(),
          premise.heatingMode(), premise.meterSerial(), premise.valveState());
      Room room = em.createNamedQuery("Room.find", Room.class).setParameter("unit", unit)
          .setParameter("roomNo", roomNo).getResultStream().findFirst().orElse(null);
      Customer owner = findCustomer(customer);
      if (room != null && room.getAccount() != null && Account.ACTIVE.equals(room.getAccount().getStatus())) {
        Account account = room.getAccount();
        if (createOnly || (owner != null && !owner.getId().equals(account.getCustomer().getId()))) {
          throw new ConflictException("房屋 " + room.getPremiseCode() + " 已属于户 " + account.getAccountNo()
              + " / the premise already belongs to account " + account.getAccountNo());
        }
        boolean changed = false;
        if (!sameFacts(room.facts(), facts)) {
          String before = describe(room.facts());
          room.apply(facts);
          event(account.getId(), actor, "CHANGED", room.getPremiseCode() + ": " + before + " -> " + describe(facts));
          changed = true;
        }
        Customer c = account.getCustomer();
        String phone = blank(customer.phone());
        if (!c.getName().equals(customer.name().trim()) || !Objects.equals(c.getPhone(), phone)) {
          c.update(customer.name().trim(), phone, c.getPhone2());
          event(account.getId(), actor, "CHANGED", "customer " + c.getCustomerNo() + " name/phone");
          changed = true;
        }
        return new Written(changed ? Outcome.UPDATED : Outcome.UNCHANGED, account.getId(), account.getAccountNo(),
            room.getPremiseCode());
      }
      Map<Field, String> fields = new HashMap<>(coding.companyFields(tenant));
      fields.put(Field.COMMUNITY, community.getCode());
      fields.put(Field.BUILDING, building.getCode());
      fields.put(Field.UNIT, unit.getCode());
      fields.put(Field.ROOM, roomNo);
      if (room == null) {
        room = new Room(unit, roomNo, coding.premiseCode(fields), facts);
        em.persist(room);
      } else {
        room.apply(facts);
      }
      if (owner == null) {
        owner = new Customer(coding.next(CodeKind.CUSTOMER, fields, 1).get(0),
            ArchiveRules.parse(CustomerKind.class, customer.kind(), CustomerKind.PERSON), customer.name().trim(),
            ArchiveRules.parse(IdType.class, customer.idType(), null), blank(ArchiveRules.upper(customer.idNumber())),
            blank(customer.phone()), now);
        em.persist(owner);
      }
      String address = (community.getAddress() == null ? community.getName() : community.getAddress() + community.getName())
          + building.getCode() + "号楼" + unit.getCode() + "单元" + roomNo + "室";
      LocalDate today = LocalDate.now(ZONE);
      Account account = new Account(coding.next(CodeKind.ACCOUNT, fields, 1).get(0), owner, address, today, now);
      em.persist(account);
      room.assignTo(account);
      em.persist(new Contract(account, "HT" + account.getAccountNo(), today, null));
      em.flush();
      event(account.getId(), actor, "OPENED", "premise " + room.getPremiseCode() + ", " + describe(facts));
      return new Written(Outcome.CREATED, account.getId(), account.getAccountNo(), room.getPremiseCode());
    });
  }

  /**
   * Edits an account: the customer's name and phones, its rooms' facts.
   *
   * @param user the caller
   * @param id the account
   * @param change the changes
   * @return the account
   */
  public AccountView update(AuthenticatedUser user, long id, AccountChange change) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    Set<String> usageTypes = usageTypeCodes(tenant);
    List<FieldError> errors = new ArrayList<>();
    ArchiveRules.customer(new CustomerData(null, change.name(), null, null, change.phone()), "", errors);
    if (change.phone2() != null && !change.phone2().isBlank() && !ArchiveRules.validPhone(change.phone2().trim())) {
      errors.add(new FieldError("phone2", "电话号码无效 / not a valid phone number"));
    }
    change.rooms().forEach((roomId, f) -> ArchiveRules.facts(f.buildingArea(), f.heatedArea(), f.usageType(),
        f.heatingMode() == null ? null : f.heatingMode().name(), f.meterSerial(),
        f.valveState() == null ? null : f.valveState().name(), usageTypes, "rooms[" + roomId + "].", errors));
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("账户信息无效 / invalid account", errors);
    }
    tx.call(tenant, () -> {
      Account account = em.find(Account.class, id);
      if (account == null) {
        throw new NotFoundException("账户不存在 / no such account: " + id);
      }
      if (account.getVersion() != change.version()) {
        throw new OptimisticLockException("账户已被他人修改，请刷新 / the account was changed meanwhile; reload it");
      }
      Customer c = account.getCustomer();
      c.update(change.name().trim(), blank(change.phone()), blank(change.phone2()));
      List<String> changes = new ArrayList<>();
      changes.add("customer name/phone");
      for (Map.Entry<Long, RoomFacts> entry : change.rooms().entrySet()) {
        Room room = em.find(Room.class, entry.getKey());
        if (room == null || room.getAccount() == null || !room.getAccount().getId().equals(id)) {
          throw new NotFoundException("房屋不存在 / no such room of this account: " + entry.getKey());
        }
        RoomFacts f = normalise(entry.getValue());
        if (!sameFacts(room.facts(), f)) {
          changes.add(room.getPremiseCode() + ": " + describe(room.facts()) + " -> " + describe(f));
          room.apply(f);
        }
      }
      // the account's version covers its customer and rooms: an edit of either is an edit of the account
      em.lock(account, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
      event(id, user.username(), "CHANGED", String.join("; ", changes));
      return null;
    });
    audit.record("archive.account-change", tenant.code(), "account:" + id, AuditLog.SUCCESS, null);
    return accounts.get(user, id);
  }

  /**
   * Closes an account: no new charges; its contract ends.
   *
   * @param user the caller
   * @param id the account
   * @param on the closing date
   * @param reason why
   * @return the account
   */
  public AccountView close(AuthenticatedUser user, long id, LocalDate on, String reason) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new InvalidRequestException("请填写销户原因 / a reason of at most 200 characters is required",
          List.of(new FieldError("reason", "required")));
    }
    LocalDate date = on == null ? LocalDate.now(ZONE) : on;
    tx.call(tenant, () -> {
      Account account = em.find(Account.class, id);
      if (account == null) {
        throw new NotFoundException("账户不存在 / no such account: " + id);
      }
      if (Account.CLOSED.equals(account.getStatus())) {
        throw new UnprocessableException("账户已销户 / the account is already closed");
      }
      account.close(date, reason.trim());
      em.createNamedQuery("Contract.findByAccount", Contract.class).setParameter("account", id).getResultList()
          .forEach(Contract::terminate);
      event(id, user.username(), "CLOSED", reason.trim());
      return null;
    });
    audit.record("archive.account-close", tenant.code(), "account:" + id, AuditLog.SUCCESS, reason.trim());
    return accounts.get(user, id);
  }

  /**
   * Records a meter reading of a metered room of the caller's company.
   *
   * @param user the caller
   * @param roomId the room
   * @param on the day
   * @param gj the register in GJ, not below the previous reading
   */
  public void addReading(AuthenticatedUser user, long roomId, LocalDate on, BigDecimal gj) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    if (on == null || gj == null || gj.signum() < 0 || gj.scale() > 3) {
      throw new InvalidRequestException("读数无效 / a day and a reading in GJ (at most 3 decimals) are required");
    }
    tx.call(tenant, () -> {
      Room room = em.find(Room.class, roomId);
      if (room == null) {
        throw new NotFoundException("房屋不存在 / no such room: " + roomId);
      }
      if (room.getHeatingMode() != HeatingMode.METERED) {
        throw new UnprocessableException("该房屋不是计量收费 / the room is not metered");
      }
      List<MeterReading> previous = em.createNamedQuery("MeterReading.findByRoom", MeterReading.class)
          .setParameter("room", roomId).getResultList();
      for (MeterReading m : previous) {
        if (m.getReadOn().equals(on)) {
          throw new ConflictException("当天已有读数 / there is a reading for this day");
        }
        if (m.getReadOn().isBefore(on) && m.getReadingGj().compareTo(gj) > 0) {
          throw new UnprocessableException("读数小于 " + m.getReadOn() + " 的读数 " + m.getReadingGj()
              + " / lower than the reading of " + m.getReadOn());
        }
      }
      em.persist(new MeterReading(room, on, gj, "MANUAL", Instant.now()));
      if (room.getAccount() != null) {
        event(room.getAccount().getId(), user.username(), "READING", room.getPremiseCode() + " " + on + " " + gj + " GJ");
      }
      return null;
    });
  }

  /**
   * The codes of the company's usage types.
   *
   * @param tenant the company
   * @return the codes
   */
  public Set<String> usageTypeCodes(BoundTenant tenant) {
    Set<String> codes = new HashSet<>();
    accounts.usageTypes(tenant).forEach(t -> codes.add(t.code()));
    return codes;
  }

  private Customer findCustomer(CustomerData data) {
    IdType type = ArchiveRules.parse(IdType.class, data.idType(), null);
    if (type == null || data.idNumber() == null || data.idNumber().isBlank()) {
      return null;
    }
    return em.createNamedQuery("Customer.findByIdentity", Customer.class).setParameter("type", type)
        .setParameter("number", ArchiveRules.upper(data.idNumber())).getResultStream().findFirst().orElse(null);
  }

  private void event(long accountId, String actor, String kind, String details) {
    em.persist(new AccountEvent(accountId, Instant.now(), actor, kind, details));
  }

  static RoomFacts facts(BigDecimal buildingArea, BigDecimal heatedArea, String usageType, String heatingMode,
      String meterSerial, String valveState) {
    return normalise(new RoomFacts(buildingArea, heatedArea, ArchiveRules.upper(usageType),
        ArchiveRules.parse(HeatingMode.class, heatingMode, HeatingMode.AREA), blank(meterSerial),
        ArchiveRules.parse(ValveState.class, valveState, ValveState.OPEN)));
  }

  private static RoomFacts normalise(RoomFacts f) {
    return new RoomFacts(f.buildingArea().setScale(2), f.heatedArea().setScale(2), ArchiveRules.upper(f.usageType()),
        f.heatingMode() == null ? HeatingMode.AREA : f.heatingMode(), blank(f.meterSerial()),
        f.valveState() == null ? ValveState.OPEN : f.valveState());
  }

  private static boolean sameFacts(RoomFacts a, RoomFacts b) {
    return a.buildingArea().compareTo(b.buildingArea()) == 0 && a.heatedArea().compareTo(b.heatedArea()) == 0
        && a.usageType().equals(b.usageType()) && a.heatingMode() == b.heatingMode()
        && Objects.equals(a.meterSerial(), b.meterSerial()) && a.valveState() == b.valveState();
  }

  private static String describe(RoomFacts f) {
    return f.heatedArea().toPlainString() + "/" + f.buildingArea().toPlainString() + "m² " + f.usageType() + " "
        + f.heatingMode() + (f.meterSerial() == null ? "" : " meter " + f.meterSerial()) + " valve " + f.valveState();
  }

  private static CommunityView view(Community c) {
    return new CommunityView(c.getId(), c.getCode(), c.getName(), c.getDistrict(), c.getAddress());
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /**
   * Adds a company-defined usage type.
   *
   * @param user the caller
   * @param code its code
   * @param nameZh its Chinese name
   * @param nameEn its English name
   * @param category RESIDENTIAL, NON_RESIDENTIAL or LOW_INCOME
   */
  public void addUsageType(AuthenticatedUser user, String code, String nameZh, String nameEn, String category) {
    BoundTenant tenant = accounts.requireCompany(user, Operation.ACCOUNTS_MANAGE);
    String c = ArchiveRules.upper(code);
    if (c == null || !c.matches("[A-Z][A-Z0-9_]{1,19}") || nameZh == null || nameZh.isBlank()
        || !Set.of("RESIDENTIAL", "NON_RESIDENTIAL", "LOW_INCOME").contains(ArchiveRules.upper(category))) {
      throw new InvalidRequestException("用热性质无效 / code (A-Z, 0-9, _), Chinese name and a category are required");
    }
    tx.call(tenant, () -> {
      if (em.find(UsageType.class, c) != null) {
        throw new ConflictException("用热性质已存在 / the usage type exists: " + c);
      }
      em.persist(new UsageType(c, nameZh.trim(), blank(nameEn), ArchiveRules.upper(category)));
      return null;
    });
    audit.record("archive.usage-type-create", tenant.code(), "usage-type:" + c, AuditLog.SUCCESS, nameZh);
  }
}
