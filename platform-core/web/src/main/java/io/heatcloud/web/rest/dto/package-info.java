/** Request and response bodies of the REST API, and the assemblers between them and the core. */
package io.heatcloud.web.rest.dto;
