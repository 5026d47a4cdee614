/**
 * The web layer: security filters, the REST API ({@code rest}), the Faces consoles ({@code faces}),
 * the host for plugin views and REST resources ({@code modules}) and the message bundles ({@code
 * i18n}).
 */
package io.heatcloud.web;
