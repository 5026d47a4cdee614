/** The payments ledger's entities: payments (with refunds and reversals) and prepaid balances. */
package io.heatcloud.plugins.payments.domain;
