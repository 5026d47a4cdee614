/**
 * Reading uploaded spreadsheets (Excel .xlsx, CSV in UTF-8 or GBK) and writing Excel exports,
 * with formula injection neutralised.
 */
package io.heatcloud.core.spreadsheets;
