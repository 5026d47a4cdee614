package io.heatcloud.api.receivables;

import java.math.BigDecimal;

/**
 * What a company's accounts owe, by how long it has been overdue.
 *
 * @param notDue owed, not yet due, yuan
 * @param days1to30 overdue 1 to 30 days
 * @param days31to90 overdue 31 to 90 days
 * @param days91to180 overdue 91 to 180 days
 * @param over180 overdue more than 180 days
 * @param lateFees of which late fees
 * @param owed all that is owed
 * @param accounts accounts that owe something
 */
public record Ageing(BigDecimal notDue, BigDecimal days1to30, BigDecimal days31to90, BigDecimal days91to180,
    BigDecimal over180, BigDecimal lateFees, BigDecimal owed, long accounts) {}
