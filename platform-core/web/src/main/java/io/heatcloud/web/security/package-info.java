/**
 * Request security: security headers, authentication of Faces sessions and API bearer tokens,
 * binding of the caller and the caller's company to the request thread.
 */
package io.heatcloud.web.security;
