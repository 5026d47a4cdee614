package io.heatcloud.core.customers.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An account in lists, as the company console and the REST API show it, with the phone masked
 * unless the reader may see personal data.
 *
 * @param id the id
 * @param accountNo the account number
 * @param holderName the customer's name
 * @param phone the phone, masked as {@code 138****5678} unless allowed
 * @param address the address
 * @param status ACTIVE or CLOSED
 * @param openedOn the opening date
 */
public record AccountView(
    long id,
    String accountNo,
    String holderName,
    String phone,
    String address,
    String status,
    LocalDate openedOn)
    implements Serializable {}
