/**
 * Readiness and liveness of the application at {@code /heatcloud/health/ready} and {@code
 * /heatcloud/health/live}, in the MicroProfile Health response format (HTTP 200 when UP, 503 when
 * DOWN). WildFly's MicroProfile Health subsystem does not register checks of EAR subdeployments
 * (WFLY-12835), so the application serves its own; the server's probes stay at {@code
 * :9990/health}.
 */
package io.heatcloud.web.health;
