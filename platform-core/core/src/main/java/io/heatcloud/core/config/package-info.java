/** Deployment settings of the platform, read from system properties and environment variables. */
package io.heatcloud.core.config;
