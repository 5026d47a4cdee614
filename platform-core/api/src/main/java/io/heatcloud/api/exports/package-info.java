/** Exports offered to plugins: lists written as Excel workbooks the platform's way. */
package io.heatcloud.api.exports;
