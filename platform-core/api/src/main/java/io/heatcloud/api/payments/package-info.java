/**
 * The payment channel SPI: an online gateway is a module that offers a {@link
 * io.heatcloud.api.payments.PaymentGateway} (through {@link
 * io.heatcloud.api.context.ServiceContribution}); the payments module creates orders with it,
 * verifies its notifications, queries orders, refunds and downloads its daily statement.
 */
package io.heatcloud.api.payments;
