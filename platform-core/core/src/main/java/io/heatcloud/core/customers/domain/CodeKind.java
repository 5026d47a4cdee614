package io.heatcloud.core.customers.domain;

/** What a coding rule numbers. */
public enum CodeKind {
  /** Customer numbers (客户编号). */
  CUSTOMER(32),
  /** Account numbers (户号), what customers quote when they pay. */
  ACCOUNT(32),
  /** Premise codes (房屋编码): built from the premise's place, without a sequence. */
  PREMISE(40);

  private final int maxLength;

  CodeKind(int maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * The longest code allowed.
   *
   * @return characters
   */
  public int maxLength() {
    return maxLength;
  }
}
