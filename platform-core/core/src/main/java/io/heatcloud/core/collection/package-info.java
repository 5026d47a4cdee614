/**
 * Collection across companies: each visible company's collection rate for its current season and
 * its arrears by age, read through the receivables service of the company's billing module, side
 * by side for headquarters (every company) and regional companies (their own).
 */
package io.heatcloud.core.collection;
