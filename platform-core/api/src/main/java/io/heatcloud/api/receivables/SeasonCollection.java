package io.heatcloud.api.receivables;

import java.math.BigDecimal;

/**
 * What a season billed and what was received against it: the collection rate's parts.
 *
 * @param seasonId the heating season
 * @param seasonCode the season's code
 * @param seasonName the season's name
 * @param accounts accounts billed in the season
 * @param receivable principal billed (charges and adjustments), yuan
 * @param lateFees late fees accrued, yuan
 * @param received settlements of principal, yuan
 * @param receivedLateFees settlements of late fees, yuan
 * @param paidUpAccounts accounts whose principal is fully settled
 */
public record SeasonCollection(
    long seasonId,
    String seasonCode,
    String seasonName,
    long accounts,
    BigDecimal receivable,
    BigDecimal lateFees,
    BigDecimal received,
    BigDecimal receivedLateFees,
    long paidUpAccounts) {}
