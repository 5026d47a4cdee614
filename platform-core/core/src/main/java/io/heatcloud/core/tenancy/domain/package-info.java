/** The organisation tree and the modules and settings of each company. */
package io.heatcloud.core.tenancy.domain;
