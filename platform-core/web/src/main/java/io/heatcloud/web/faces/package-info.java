/**
 * Backing beans of the consoles, one per screen (named after it): login, navigation, the
 * organisation tree, the companies overview, plugins, users, the audit log, the company home, the
 * customer archive and the password change.
 */
package io.heatcloud.web.faces;
