/** Persistence contributed by a plugin: entity classes and a Liquibase changelog. */
package io.heatcloud.api.persistence;
