package io.heatcloud.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.api.exports.PdfExport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

  @Test
  void aReceiptWithChineseTextIsAReadablePdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfDocuments().write(out, new PdfExport.Document("收款收据", "烟台热力有限公司",
        List.of(new PdfExport.Field("收据号", "SJ202600000001"), new PdfExport.Field("金额", "2,200.00 元")),
        List.of("采暖季", "项目", "金额"), List.of(List.of("2026-2027", "采暖费", "2,200.00")),
        List.of("本收据由系统生成")));
    byte[] pdf = out.toByteArray();
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("收款收据"), text);
      assertTrue(text.contains("烟台热力有限公司"), text);
      assertTrue(text.contains("SJ202600000001"), text);
      assertTrue(text.contains("2,200.00"), text);
    }
  }
}
