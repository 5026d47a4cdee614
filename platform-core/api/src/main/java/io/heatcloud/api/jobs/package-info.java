/** Scheduled jobs contributed by a plugin, run once per enabling company. */
package io.heatcloud.api.jobs;
