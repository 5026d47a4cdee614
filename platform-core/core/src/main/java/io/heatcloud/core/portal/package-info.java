/**
 * The customer portal's identities and sessions: customers register against an account with a code
 * sent to the phone on file, log in with their phone and password, and hold a portal session that is
 * separate from staff sessions (its own cookie, its own timeouts, its own table).
 */
package io.heatcloud.core.portal;
