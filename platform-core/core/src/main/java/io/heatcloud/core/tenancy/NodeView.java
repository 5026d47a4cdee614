package io.heatcloud.core.tenancy;

import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import java.io.Serializable;
import java.util.Locale;

/**
 * A node of the organisation tree as the consoles and services read it (immutable, cacheable).
 *
 * @param id the node's id
 * @param code its code
 * @param kind its level
 * @param parentCode the parent's code, null for the group
 * @param name its name
 * @param nameEn its English name, may be null
 * @param city its city, may be null
 * @param schema the company's schema, null for other kinds
 * @param status its status
 * @param statusMessage why it has that status, may be null
 */
public record NodeView(
    long id,
    String code,
    NodeKind kind,
    String parentCode,
    String name,
    String nameEn,
    String city,
    String schema,
    NodeStatus status,
    String statusMessage)
    implements Serializable {

  /**
   * The name in a language.
   *
   * @param locale the user's locale
   * @return the English name for English when there is one, else the Chinese name
   */
  public String displayName(Locale locale) {
    if (locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()) {
      return nameEn;
    }
    return name;
  }

  /**
   * The persistence binding of a company.
   *
   * @return the binding
   * @throws IllegalStateException for nodes that are not companies
   */
  public BoundTenant tenant() {
    if (kind != NodeKind.COMPANY) {
      throw new IllegalStateException(code + " is not a company");
    }
    return new BoundTenant(code, schema);
  }
}
