/**
 * Schema migrations, only ever through Liquibase: the platform schema, the core tables of every
 * company schema, and each plugin's tables with the plugin's own changelog table. Runs one schema
 * at a time.
 */
package io.heatcloud.core.migration;
