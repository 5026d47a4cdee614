/** Printed documents: PDF receipts and notices for plugins ({@link io.heatcloud.api.exports.PdfExport}). */
package io.heatcloud.core.documents;
