/**
 * The payments module: one payment entry for every channel, idempotent posting, allocation to open
 * receivables through billing's {@link io.heatcloud.api.receivables.Receivables}, prepaid balances,
 * refunds and reversals, numbered receipts. Layout: {@code domain} (entities), {@code application}
 * (services and the allocation rule), {@code rest} (the API), {@code web} (view models).
 */
package io.heatcloud.plugins.payments;
