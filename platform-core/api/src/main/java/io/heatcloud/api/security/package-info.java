/** Roles and the access-denied signal shared by the platform and its plugins. */
package io.heatcloud.api.security;
