package io.heatcloud.core.portal;

import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.messaging.ShortMessageSender;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.security.PasswordHasher;
import io.heatcloud.core.security.PasswordPolicy;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Customer portal identities: registration against an account with a one-time code sent to the
 * phone on file, login by phone and password with a lockout, sessions with idle and absolute
 * timeouts. Answers never tell whether an account, a phone or a customer exists.
 *
 * <p>Settings (system properties): {@code heatcloud.portal.session.idle-minutes} (10), {@code
 * heatcloud.portal.session.absolute-hours} (8), {@code heatcloud.portal.password.min-length} (8).
 */
@ApplicationScoped
public class PortalService {

  /** The one message every failed portal login gets. */
  public static final String FAILED =
      "手机号或密码错误，或账户已被临时锁定 / Wrong phone or password, or the account is temporarily locked";

  private static final Logger LOG = Logger.getLogger(PortalService.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
  private static final int CODE_ATTEMPTS = 5;
  private static final int LOCKOUT_ATTEMPTS = 5;
  private static final Duration LOCKOUT = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject OrgDirectory directory;
  @Inject AccountService accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject ModuleContexts modules;

  /**
   * A company a customer can choose.
   *
   * @param code its code
   * @param name its name
   */
  public record Company(String code, String name) {}

  /**
   * The active companies, by name.
   *
   * @return the companies
   */
  public List<Company> companies() {
    return directory.tree().all().stream()
        .filter(n -> n.kind() == NodeKind.COMPANY && n.status() == NodeStatus.ACTIVE)
        .map(n -> new Company(n.code(), n.name())).sorted(java.util.Comparator.comparing(Company::code)).toList();
  }

  /**
   * Sends a registration code to the phone on file of an account, when the phone given is that phone.
   * The answer is the same either way.
   *
   * @param companyCode the company
   * @param accountNo the account
   * @param phone the phone given
   * @param clientIp where from
   */
  @Transactional
  public void requestCode(String companyCode, String accountNo, String phone, String clientIp) {
    String digits = phone(phone);
    String number = accountNo == null ? "" : accountNo.trim();
    if (number.isEmpty() || number.length() > 40) {
      throw new InvalidRequestException("请填写户号 / the account number is required");
    }
    Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE created_at > now() - "
            + "interval '1 minute') FROM platform.portal_code WHERE company_code = ?1 AND account_no = ?2 "
            + "AND created_at > now() - interval '1 hour'")
        .setParameter(1, companyCode).setParameter(2, number).getSingleResult();
    long recent = ((Number) counts[0]).longValue();
    long lastMinute = ((Number) counts[1]).longValue();
    if (recent >= 5 || lastMinute >= 1) {
      throw new UnprocessableException("验证码发送过于频繁，请稍后再试 / too many codes requested; try again later");
    }
    Optional<NodeView> company = directory.activeCompany(companyCode);
    Optional<Map.Entry<AccountSummary, List<String>>> contact = company.flatMap(c -> accounts.contact(c.tenant(), number));
    boolean matches = contact.isPresent() && contact.get().getValue().stream().map(PortalService::digits)
        .anyMatch(digits::equals);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    // a row either way, so the rate limit and the timing do not tell whether the details matched
    em.createNativeQuery("INSERT INTO platform.portal_code (company_code, account_no, phone, code_hash, created_at, expires_at, "
            + "used_at) VALUES (?1, ?2, ?3, ?4, now(), now() + make_interval(secs => ?5), "
            + "CASE WHEN ?6 THEN NULL ELSE now() END)")
        .setParameter(1, companyCode).setParameter(2, number).setParameter(3, digits)
        .setParameter(4, codeHash(companyCode, number, digits, code)).setParameter(5, CODE_LIFETIME.toSeconds())
        .setParameter(6, matches).executeUpdate();
    audit(companyCode, "portal.code", "account:" + number, matches ? AuditLog.SUCCESS : AuditLog.FAILURE,
        matches ? "code sent to " + mask(digits) : "phone does not match the account", clientIp);
    if (matches) {
      send(company.get(), digits, "【热云】您的验证码为 " + code + "，5 分钟内有效。请勿告诉他人。");
    }
  }

  /**
   * Registers a customer (or links another account to a registered one) with a code received.
   *
   * @param companyCode the company
   * @param accountNo the account
   * @param phone the phone
   * @param code the code received
   * @param password the password (a new customer's; a registered customer's current one)
   * @param clientIp where from
   */
  @Transactional(dontRollbackOn = UnprocessableException.class)
  public void register(String companyCode, String accountNo, String phone, String code, char[] password,
      String clientIp) {
    String digits = phone(phone);
    String number = accountNo == null ? "" : accountNo.trim();
    List<?> rows = em.createNativeQuery("SELECT id, code_hash, attempts FROM platform.portal_code WHERE company_code = ?1 "
            + "AND account_no = ?2 AND phone = ?3 AND used_at IS NULL AND expires_at > now() ORDER BY id DESC LIMIT 1 "
            + "FOR UPDATE").setParameter(1, companyCode).setParameter(2, number).setParameter(3, digits).getResultList();
    String given = code == null ? "" : code.trim();
    if (rows.isEmpty()) {
      audit(companyCode, "portal.register", "account:" + number, AuditLog.FAILURE, "no valid code", clientIp);
      throw new UnprocessableException("验证码无效或已过期 / the code is wrong or expired");
    }
    Object[] row = (Object[]) rows.get(0);
    long codeId = ((Number) row[0]).longValue();
    int attempts = ((Number) row[2]).intValue() + 1;
    boolean right = MessageDigest.isEqual(((String) row[1]).getBytes(StandardCharsets.US_ASCII),
        codeHash(companyCode, number, digits, given).getBytes(StandardCharsets.US_ASCII));
    em.createNativeQuery("UPDATE platform.portal_code SET attempts = ?2, used_at = CASE WHEN ?3 OR ?2 >= ?4 THEN now() END "
            + "WHERE id = ?1").setParameter(1, codeId).setParameter(2, attempts).setParameter(3, right)
        .setParameter(4, CODE_ATTEMPTS).executeUpdate();
    if (!right) {
      audit(companyCode, "portal.register", "account:" + number, AuditLog.FAILURE, "wrong code", clientIp);
      throw new UnprocessableException("验证码无效或已过期 / the code is wrong or expired");
    }
    NodeView company = directory.activeCompany(companyCode)
        .orElseThrow(() -> new UnprocessableException("公司不可用 / the company is not available"));
    AccountSummary account = accounts.contact(company.tenant(), number)
        .orElseThrow(() -> new UnprocessableException("户号不可用 / the account is not available")).getKey();
    List<?> existing = em.createNativeQuery("SELECT id, password_hash FROM platform.portal_customer WHERE company_code = ?1 "
        + "AND phone = ?2 FOR UPDATE").setParameter(1, companyCode).setParameter(2, digits).getResultList();
    long customerId;
    if (existing.isEmpty()) {
      List<String> problems = new PasswordPolicy(minLength(), false).violations(new String(password), digits);
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(String.join("; ", problems));
      }
      customerId = ((Number) em.createNativeQuery("INSERT INTO platform.portal_customer (company_code, phone, password_hash, "
              + "created_at) VALUES (?1, ?2, ?3, now()) RETURNING id").setParameter(1, companyCode).setParameter(2, digits)
          .setParameter(3, hasher.hash(password)).getSingleResult()).longValue();
    } else {
      Object[] customer = (Object[]) existing.get(0);
      if (!hasher.verify(password, (String) customer[1])) {
        throw new UnprocessableException("该手机号已注册，请输入原密码以关联新户号 / this phone is registered: enter its "
            + "password to add the account");
      }
      customerId = ((Number) customer[0]).longValue();
    }
    em.createNativeQuery("INSERT INTO platform.portal_customer_account (customer_id, account_id, account_no, linked_at) "
            + "VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING").setParameter(1, customerId)
        .setParameter(2, account.id()).setParameter(3, account.accountNo()).executeUpdate();
    audit(companyCode, "portal.register", "account:" + number, AuditLog.SUCCESS, "customer " + customerId + ", "
        + mask(digits), clientIp);
  }

  /**
   * Logs a customer in.
   *
   * @param companyCode the company
   * @param phone the phone
   * @param password the password
   * @param clientIp where from
   * @return a new session token, or empty (the same answer whatever failed)
   */
  @Transactional
  public Optional<String> login(String companyCode, String phone, char[] password, String clientIp) {
    String digits = digits(phone);
    List<?> rows = em.createNativeQuery("SELECT id, password_hash, failed_attempts, locked_until > now() "
            + "FROM platform.portal_customer WHERE company_code = ?1 AND phone = ?2 FOR UPDATE")
        .setParameter(1, companyCode == null ? "" : companyCode).setParameter(2, digits).getResultList();
    if (rows.isEmpty() || password == null || password.length > PasswordPolicy.MAX_LENGTH) {
      hasher.verifyDummy(password == null ? new char[0] : password);
      audit(companyCode, "portal.login", "phone:" + mask(digits), AuditLog.FAILURE, "unknown customer", clientIp);
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    long id = ((Number) row[0]).longValue();
    boolean right = hasher.verify(password, (String) row[1]);
    if (Boolean.TRUE.equals(row[3])) {
      audit(companyCode, "portal.login", "customer:" + id, AuditLog.FAILURE, "locked", clientIp);
      return Optional.empty();
    }
    if (!right) {
      int failed = ((Number) row[2]).intValue() + 1;
      boolean lock = failed >= LOCKOUT_ATTEMPTS;
      em.createNativeQuery("UPDATE platform.portal_customer SET failed_attempts = ?2, locked_until = CASE WHEN ?3 THEN now() + "
              + "make_interval(secs => ?4) ELSE locked_until END WHERE id = ?1").setParameter(1, id)
          .setParameter(2, lock ? 0 : failed).setParameter(3, lock).setParameter(4, LOCKOUT.toSeconds()).executeUpdate();
      audit(companyCode, "portal.login", "customer:" + id, AuditLog.FAILURE, lock ? "wrong password; locked for "
          + LOCKOUT.toMinutes() + " min" : "wrong password (" + failed + " in a row)", clientIp);
      return Optional.empty();
    }
    if (directory.activeCompany(companyCode).isEmpty()) {
      audit(companyCode, "portal.login", "customer:" + id, AuditLog.FAILURE, "company not active", clientIp);
      return Optional.empty();
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    em.createNativeQuery("UPDATE platform.portal_customer SET failed_attempts = 0, locked_until = NULL, last_login_at = now() "
        + "WHERE id = ?1").setParameter(1, id).executeUpdate();
    em.createNativeQuery("INSERT INTO platform.portal_session (token_hash, customer_id, client_ip, created_at, last_seen_at) "
            + "VALUES (?1, ?2, ?3, now(), now())").setParameter(1, sha256(token)).setParameter(2, id)
        .setParameter(3, clientIp == null ? "" : clientIp).executeUpdate();
    audit(companyCode, "portal.login", "customer:" + id, AuditLog.SUCCESS, null, clientIp);
    return Optional.of(token);
  }

  /**
   * The customer of a session token, if the session is alive (idle and absolute timeouts).
   *
   * @param token the cookie's token
   * @return the customer
   */
  @Transactional
  public Optional<PortalCustomer> authenticate(String token) {
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    String hash = sha256(token);
    List<?> rows = em.createNativeQuery("SELECT c.id, c.company_code, c.phone, s.last_seen_at < now() - interval '30 seconds' "
            + "FROM platform.portal_session s JOIN platform.portal_customer c ON c.id = s.customer_id WHERE s.token_hash = ?1 "
            + "AND s.ended_at IS NULL AND s.last_seen_at > now() - make_interval(secs => ?2) "
            + "AND s.created_at > now() - make_interval(secs => ?3)")
        .setParameter(1, hash).setParameter(2, idle().toSeconds()).setParameter(3, absolute().toSeconds())
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    if (Boolean.TRUE.equals(r[3])) {
      em.createNativeQuery("UPDATE platform.portal_session SET last_seen_at = now() WHERE token_hash = ?1").setParameter(1, hash)
          .executeUpdate();
    }
    long id = ((Number) r[0]).longValue();
    List<PortalCustomer.LinkedAccount> linked = new ArrayList<>();
    for (Object row : em.createNativeQuery("SELECT account_id, account_no FROM platform.portal_customer_account "
        + "WHERE customer_id = ?1 ORDER BY account_no").setParameter(1, id).getResultList()) {
      Object[] a = (Object[]) row;
      linked.add(new PortalCustomer.LinkedAccount(((Number) a[0]).longValue(), (String) a[1]));
    }
    return Optional.of(new PortalCustomer(id, (String) r[1], mask((String) r[2]), List.copyOf(linked)));
  }

  /**
   * Ends a session.
   *
   * @param token the cookie's token
   */
  @Transactional
  public void logout(String token) {
    if (token != null) {
      em.createNativeQuery("UPDATE platform.portal_session SET ended_at = now() WHERE token_hash = ?1 AND ended_at IS NULL")
          .setParameter(1, sha256(token)).executeUpdate();
    }
  }

  /**
   * The idle timeout of portal sessions.
   *
   * @return the duration
   */
  public Duration idle() {
    return Duration.ofMinutes(Long.getLong("heatcloud.portal.session.idle-minutes", 10));
  }

  private static Duration absolute() {
    return Duration.ofHours(Long.getLong("heatcloud.portal.session.absolute-hours", 8));
  }

  private static int minLength() {
    return Integer.getInteger("heatcloud.portal.password.min-length", 8);
  }

  private void send(NodeView company, String phone, String text) {
    List<ShortMessageSender> senders = modules.moduleServices(ShortMessageSender.class, null, company, null, null);
    if (senders.isEmpty()) {
      // no SMS gateway connected: the message goes to the log (the demo's sender)
      LOG.infof("[portal SMS to %s] %s", mask(phone), text);
    } else {
      senders.get(0).send(phone, text);
    }
  }

  private void audit(String companyCode, String action, String target, String outcome, String details, String ip) {
    Caller.as(Caller.anonymous(ip), () -> {
      audit.record(action, companyCode, target, outcome, details);
      return null;
    });
  }

  private static String phone(String phone) {
    String digits = digits(phone);
    if (!digits.matches("1\\d{10}|0\\d{9,11}")) {
      throw new InvalidRequestException("请填写正确的手机号 / enter a valid phone number");
    }
    return digits;
  }

  static String digits(String phone) {
    return phone == null ? "" : phone.replaceAll("[^0-9]", "");
  }

  static String mask(String phone) {
    return phone == null || phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  private static String codeHash(String company, String account, String phone, String code) {
    return sha256(company + "|" + account + "|" + phone + "|" + code);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
