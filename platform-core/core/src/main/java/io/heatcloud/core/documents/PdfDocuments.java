package io.heatcloud.core.documents;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.heatcloud.api.exports.PdfExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link PdfExport} on OpenPDF. Chinese text uses STSong-Light with the UniGB-UCS2-H encoding: a
 * standard CJK font that PDF readers supply, so documents stay small and need no font files.
 */
public final class PdfDocuments implements PdfExport {

  private static final BaseFont SONG = songFont();

  private static BaseFont songFont() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the CJK font STSong-Light is not available", e);
    }
  }

  @Override
  public void write(OutputStream out, PdfExport.Document content) {
    com.lowagie.text.Document document = new com.lowagie.text.Document(PageSize.A5.rotate(), 36, 36, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(content.title());
      document.addCreator("HeatCloud");
      document.open();
      Font title = new Font(SONG, 16, Font.BOLD);
      Font normal = new Font(SONG, 9.5f);
      Font bold = new Font(SONG, 9.5f, Font.BOLD);
      Paragraph heading = new Paragraph(content.title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      document.add(heading);
      if (content.subtitle() != null && !content.subtitle().isBlank()) {
        Paragraph sub = new Paragraph(content.subtitle(), normal);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        document.add(sub);
      }
      PdfPTable fields = new PdfPTable(new float[] {1.1f, 2.4f, 1.1f, 2.4f});
      fields.setWidthPercentage(100);
      List<Field> list = content.fields();
      for (int i = 0; i < list.size(); i++) {
        fields.addCell(cell(list.get(i).label(), bold, false));
        boolean last = i == list.size() - 1 && i % 2 == 0;
        PdfPCell value = cell(list.get(i).value(), normal, false);
        if (last) {
          value.setColspan(3);
        }
        fields.addCell(value);
      }
      document.add(fields);
      if (!content.headers().isEmpty()) {
        PdfPTable table = new PdfPTable(content.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String header : content.headers()) {
          PdfPCell cell = cell(header, bold, true);
          cell.setGrayFill(0.92f);
          table.addCell(cell);
        }
        for (List<String> row : content.rows()) {
          for (int c = 0; c < content.headers().size(); c++) {
            table.addCell(cell(c < row.size() ? row.get(c) : "", normal, true));
          }
        }
        document.add(table);
      }
      for (String note : content.notes()) {
        Paragraph p = new Paragraph(note, normal);
        p.setSpacingBefore(4);
        document.add(p);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("the document cannot be printed: " + e.getMessage(), e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PdfPCell cell(String text, Font font, boolean border) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(4);
    if (!border) {
      cell.setBorder(PdfPCell.NO_BORDER);
    }
    return cell;
  }
}
