/**
 * The REST API under {@code /api}: authentication (bearer tokens), the organisation tree and
 * companies, plugins, users, the audit log, accounts, and the mount point of plugin resources
 * ({@code /api/modules/{pluginId}}). Errors are RFC 7807 problems ({@code
 * application/problem+json}).
 */
package io.heatcloud.web.rest;
