package io.heatcloud.core.customers;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An account as the company console and the REST API show it, with the phone masked unless the
 * reader may see it.
 *
 * @param id the id
 * @param accountNo the customer number
 * @param holderName the holder
 * @param phone the phone, masked as {@code 138****5678} unless allowed
 * @param address the address
 * @param status the status
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
