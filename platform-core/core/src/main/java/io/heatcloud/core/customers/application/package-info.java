/**
 * Customer archive use cases: search and paging, account pages, creating, editing and closing
 * accounts, generated numbers, masking of personal data, demo data, and the services offered to
 * plugins.
 */
package io.heatcloud.core.customers.application;
