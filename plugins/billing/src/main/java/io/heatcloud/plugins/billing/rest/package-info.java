/** The billing module's REST resource, under {@code /api/modules/billing}; errors are RFC 7807 problems. */
package io.heatcloud.plugins.billing.rest;
