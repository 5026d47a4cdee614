package io.heatcloud.core.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A usage type (用热性质): the three built-in ones and the company's own, each belonging to a
 * category that decides which tariff rules apply.
 */
@Entity
@Table(name = "usage_type")
@NamedQuery(name = "UsageType.findAll", query = "SELECT u FROM UsageType u ORDER BY u.builtin DESC, u.code")
public class UsageType {

  @Id
  @Column(length = 20)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 50)
  private String nameZh;

  @Column(name = "name_en", length = 50)
  private String nameEn;

  @Column(nullable = false, length = 20)
  private String category;

  @Column(nullable = false)
  private boolean builtin;

  /** For JPA. */
  protected UsageType() {}

  /**
   * Creates a company-defined usage type.
   *
   * @param code its code
   * @param nameZh its Chinese name
   * @param nameEn its English name
   * @param category RESIDENTIAL, NON_RESIDENTIAL or LOW_INCOME
   */
  public UsageType(String code, String nameZh, String nameEn, String category) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.category = category;
    this.builtin = false;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCategory() {
    return category;
  }

  public boolean isBuiltin() {
    return builtin;
  }
}
