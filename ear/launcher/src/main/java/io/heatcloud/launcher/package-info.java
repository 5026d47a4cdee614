/** Starts the platform for `mvn -Prun package`: PostgreSQL (embedded by default) and WildFly. */
package io.heatcloud.launcher;
