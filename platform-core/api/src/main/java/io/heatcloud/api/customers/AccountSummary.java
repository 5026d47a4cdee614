package io.heatcloud.api.customers;

import java.io.Serializable;

/**
 * An account of the customer archive, as plugins see it.
 *
 * @param id the account's id in its company
 * @param accountNo the customer number (coding rule of the group)
 * @param holderName the account holder's name
 * @param address the address of the premises
 * @param status {@code ACTIVE} or {@code CLOSED}
 */
public record AccountSummary(
    long id, String accountNo, String holderName, String address, String status)
    implements Serializable {}
