package io.heatcloud.core.customers.application;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.caching.CacheKey;
import io.heatcloud.core.caching.PlatformCache;
import io.heatcloud.core.customers.domain.CodeKind;
import io.heatcloud.core.customers.domain.CodePattern;
import io.heatcloud.core.customers.domain.CodePattern.Field;
import io.heatcloud.core.customers.domain.CodingRule;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates customer numbers, account numbers and premise codes by the group's coding rules.
 * Sequences live in each company's schema ({@code code_sequence}), one per prefix, and are taken
 * with a row lock in the caller's transaction, so numbers are never given twice.
 */
@ApplicationScoped
public class CodingService {

  private static final CacheKey RULES = new CacheKey(CacheKey.PLATFORM, "coding", "rules");

  @PersistenceContext(unitName = "platform")
  EntityManager platform;

  @PersistenceContext(unitName = "tenant")
  EntityManager tenant;

  @Inject PlatformCache cache;
  @Inject OrgDirectory directory;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;

  /**
   * The current rules.
   *
   * @return the pattern of each kind
   */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<CodeKind, String> rules() {
    return cache.get(RULES, Map.class, () -> {
      Map<CodeKind, String> rules = new EnumMap<>(CodeKind.class);
      for (CodingRule rule : platform.createNamedQuery("CodingRule.findAll", CodingRule.class).getResultList()) {
        rules.put(rule.getKind(), rule.getPattern());
      }
      return Map.copyOf(rules);
    });
  }

  /**
   * Changes a rule (headquarters only); codes already given keep their form.
   *
   * @param actor the user
   * @param kind the rule
   * @param pattern the new pattern
   */
  @Transactional
  public void change(AuthenticatedUser actor, CodeKind kind, String pattern) {
    String root = directory.tree().root().map(NodeView::code).orElse(null);
    policy.check(actor, Operation.CODING_MANAGE, root);
    try {
      CodePattern.parse(kind, pattern);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage(), List.of(new FieldError("pattern", e.getMessage())));
    }
    CodingRule rule = platform.find(CodingRule.class, kind);
    String before = rule.getPattern();
    rule.change(pattern.trim(), actor.username(), Instant.now());
    cache.invalidate(RULES);
    audit.record("coding.change", null, "coding:" + kind, AuditLog.SUCCESS, before + " -> " + pattern.trim());
  }

  /**
   * The values of the tree's fields for a company.
   *
   * @param company the company
   * @return REGION and COMPANY
   */
  public Map<Field, String> companyFields(BoundTenant company) {
    Map<Field, String> values = new HashMap<>();
    values.put(Field.COMPANY, company.code());
    directory.tree().regionOf(company.code()).ifPresent(r -> values.put(Field.REGION, r.code()));
    return values;
  }

  /**
   * The next numbers of a kind; must run in a transaction of the company.
   *
   * @param kind CUSTOMER or ACCOUNT
   * @param values the fields of the place
   * @param count how many numbers
   * @return the numbers, in order
   */
  public List<String> next(CodeKind kind, Map<Field, String> values, int count) {
    Reservation reservation = reserve(kind, values, count);
    String[] codes = new String[count];
    for (int i = 0; i < count; i++) {
      codes[i] = reservation.code(i);
    }
    return List.of(codes);
  }

  /**
   * Reserves a range of numbers of a kind (for bulk creation); must run in a transaction of the
   * company.
   *
   * @param kind CUSTOMER or ACCOUNT
   * @param values the fields of the place
   * @param count how many numbers
   * @return the range
   */
  public Reservation reserve(CodeKind kind, Map<Field, String> values, int count) {
    CodePattern.Split split = CodePattern.parse(kind, rules().get(kind)).expand(values);
    Reservation reservation = new Reservation(kind, split, allocate(kind, split.prefix(), count), count);
    reservation.code(count - 1);
    return reservation;
  }

  /**
   * A reserved range of numbers.
   *
   * @param kind what they number
   * @param split the code around the sequence
   * @param first the first sequence number
   * @param count how many
   */
  public record Reservation(CodeKind kind, CodePattern.Split split, long first, int count) {

    /**
     * The i-th code of the range.
     *
     * @param i from 0
     * @return the code
     */
    public String code(int i) {
      if (i < 0 || i >= count) {
        throw new IndexOutOfBoundsException(i);
      }
      String code = split.with(first + i);
      if (code.length() > kind.maxLength()) {
        throw new IllegalStateException("code too long for " + kind + ": " + code);
      }
      return code;
    }
  }

  /**
   * The premise code of a room.
   *
   * @param values COMMUNITY, BUILDING, UNIT, ROOM (and the tree's fields)
   * @return the code
   */
  public String premiseCode(Map<Field, String> values) {
    String code = CodePattern.parse(CodeKind.PREMISE, rules().get(CodeKind.PREMISE)).expand(values).with(0);
    if (code.length() > CodeKind.PREMISE.maxLength()) {
      throw new IllegalArgumentException("房屋编码过长 / premise code too long: " + code);
    }
    return code;
  }

  private long allocate(CodeKind kind, String scope, int count) {
    Object next = tenant.createNativeQuery(
            "INSERT INTO code_sequence (kind, scope, next_value) VALUES (?1, ?2, ?3 + 1) "
                + "ON CONFLICT (kind, scope) DO UPDATE SET next_value = code_sequence.next_value + ?3 "
                + "RETURNING next_value - ?3")
        .setParameter(1, kind.name())
        .setParameter(2, scope)
        .setParameter(3, (long) count)
        .getSingleResult();
    return ((Number) next).longValue();
  }
}
