package io.heatcloud.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount an account still owes.
 *
 * @param seasonId the heating season
 * @param seasonCode the season's code, e.g. 2026-2027
 * @param seasonName the season's name
 * @param dueOn the season's payment deadline
 * @param item principal or late fee
 * @param outstanding what is still owed, yuan with 2 decimals, positive
 */
public record OpenItem(
    long seasonId,
    String seasonCode,
    String seasonName,
    LocalDate dueOn,
    ReceivableItem item,
    BigDecimal outstanding) {}
