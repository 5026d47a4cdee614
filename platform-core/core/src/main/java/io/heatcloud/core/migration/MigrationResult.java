package io.heatcloud.core.migration;

/**
 * What one migration run did.
 *
 * @param schema the schema migrated
 * @param applied changesets applied by this run
 * @param total changesets recorded in the changelog table after the run
 * @param lastChangeSet the id of the last changeset recorded, the schema's version for the consoles
 * @param millis how long the run took
 */
public record MigrationResult(
    String schema, int applied, int total, String lastChangeSet, long millis) {}
