/**
 * Tenancy use cases: reading the tree, creating regions and companies (with their schemas),
 * changing nodes, and the lock that serialises structural changes.
 */
package io.heatcloud.core.tenancy.application;
