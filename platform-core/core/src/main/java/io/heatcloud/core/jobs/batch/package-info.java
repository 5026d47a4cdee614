/**
 * Batch work of plugins over a company's accounts, run by Jakarta Batch (JBeret in WildFly, job
 * {@code heatcloud-account-work}): the platform's record of each job ({@code batch_job} in the
 * company schema), the reader of account ids, the writer that hands each chunk to the plugin, and
 * the listener that records how a job ended.
 */
package io.heatcloud.core.jobs.batch;
