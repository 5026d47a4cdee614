/** Runs the plugins' scheduled jobs, once per enabling company, and records each run. */
package io.heatcloud.core.jobs;
