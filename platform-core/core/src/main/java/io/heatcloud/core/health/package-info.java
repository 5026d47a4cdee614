/** MicroProfile Health checks: database, companies and plugins (readiness), and liveness. */
package io.heatcloud.core.health;
