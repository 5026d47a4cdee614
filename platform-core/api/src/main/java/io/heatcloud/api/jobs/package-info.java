/**
 * Jobs of plugins: scheduled jobs (run once per enabling company) and restartable batch work over
 * a company's accounts (Jakarta Batch, chunked, checkpointed).
 */
package io.heatcloud.api.jobs;
