/**
 * Organisation descriptors: YAML files in the watched tenants directory, one node each (the
 * group, a region or a company), applied when they appear or change. The format is documented in
 * {@code tenants/README.md}.
 */
package io.heatcloud.core.tenancy.descriptors;
