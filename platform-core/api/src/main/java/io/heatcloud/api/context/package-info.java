/** What a plugin is given on every call: the tenant, the user, transactions, settings, audit. */
package io.heatcloud.api.context;
