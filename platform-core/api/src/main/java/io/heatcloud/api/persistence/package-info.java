/** Persistence contributed by a plugin: entity classes, a Liquibase changelog, bulk writes. */
package io.heatcloud.api.persistence;
