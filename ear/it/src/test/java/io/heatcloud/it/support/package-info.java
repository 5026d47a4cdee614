/** What the integration tests share: the environment, the deployment, HTTP and database helpers. */
package io.heatcloud.it.support;
