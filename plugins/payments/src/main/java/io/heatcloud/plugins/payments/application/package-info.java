/** Posting, allocation, refunds and receipts of the payments module. */
package io.heatcloud.plugins.payments.application;
