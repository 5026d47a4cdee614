/**
 * Exceptions that carry an HTTP status and a problem type. The platform turns them into RFC 7807
 * problem responses in REST and into error messages in the consoles; plugins throw them for bad
 * input and missing objects.
 */
package io.heatcloud.api.errors;
