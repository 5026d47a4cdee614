package io.heatcloud.core.customers.application;

import java.io.Serializable;

/**
 * A customer as entered or imported.
 *
 * @param kind PERSON (default) or ORGANISATION
 * @param name the name
 * @param idType RESIDENT_ID, PASSPORT, CREDIT_CODE, OTHER, or blank
 * @param idNumber the document number
 * @param phone a mobile or landline number
 */
public record CustomerData(String kind, String name, String idType, String idNumber, String phone)
    implements Serializable {

  @Override
  public String toString() {
    return "CustomerData[" + kind + ", " + name + ", " + idType + ", " + Masking.idNumber(idNumber) + ", "
        + Masking.phone(phone) + "]";
  }
}
