package io.heatcloud.core.customers.domain;

/** Identity documents. */
public enum IdType {
  /** 居民身份证: 18 characters with a check digit. */
  RESIDENT_ID,
  /** 护照. */
  PASSPORT,
  /** 统一社会信用代码: 18 characters, for organisations. */
  CREDIT_CODE,
  /** Anything else. */
  OTHER
}
