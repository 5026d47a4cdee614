/**
 * The customer portal's pages ({@code /portal/...}): login, registration with a code sent to the
 * phone on file, the customer's accounts with bills, online payment through the company's gateways,
 * payment history and receipts. Portal customers are not staff users: their session is a separate
 * cookie checked by {@link io.heatcloud.web.security.AuthenticationFilter}.
 */
package io.heatcloud.web.portal;
