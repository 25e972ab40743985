package vn.loaxanh.outcomes.control;

import com.lowagie.text.Document;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.loaxanh.outcomes.control.Compilations.Compilation;
import vn.loaxanh.outcomes.control.Compilations.Figure;
import vn.loaxanh.outcomes.control.Compilations.Lateness;
import vn.loaxanh.outcomes.control.Compilations.Line;
import vn.loaxanh.outcomes.control.Compilations.TaskSection;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * Writes a compiled report as a document a provincial office can file (PDF with OpenPDF, DOCX with
 * Apache POI) and its underlying figures as XLSX and CSV. The documents carry the same sections:
 * citation, a table per task, totals, and the agencies that reported late.
 */
@ApplicationScoped
public class ReportDocuments {
  static final List<String> LINE_HEADER =
      List.of("Chỉ số", "Đơn vị", "Chỉ tiêu", "Thực hiện", "Đánh giá");
  static final List<String> FIGURE_HEADER =
      List.of(
          "Nhiệm vụ", "Hoạt động", "Cơ quan chủ trì", "Địa bàn", "Chỉ số", "Đơn vị", "Thực hiện");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);
  private static final String FONT = "/liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

  public void pdf(Compilation report, OutputStream out) {
    Document document = new Document(PageSize.A4, 56, 42, 42, 42);
    try {
      Font text = font(FONT, 11);
      Font strong = font(BOLD, 11);
      Font heading = font(BOLD, 14);
      PdfWriter.getInstance(document, out);
      document.addTitle(title(report));
      document.open();
      Paragraph top = new Paragraph(title(report), heading);
      top.setAlignment(Element.ALIGN_CENTER);
      document.add(top);
      for (String line : citation(report)) {
        document.add(new Paragraph(line, text));
      }
      for (TaskSection task : report.tasks()) {
        document.add(new Paragraph(" ", text));
        document.add(new Paragraph(taskHeading(task), strong));
        document.add(new Paragraph(taskFacts(task), text));
        document.add(pdfTable(task.lines(), text, strong));
      }
      document.add(new Paragraph(" ", text));
      document.add(new Paragraph("Tổng hợp toàn kế hoạch", strong));
      document.add(pdfTable(report.totals(), text, strong));
      document.add(new Paragraph(" ", text));
      document.add(new Paragraph("Cơ quan báo cáo muộn hoặc chưa báo cáo", strong));
      for (String line : lateness(report)) {
        document.add(new Paragraph(line, text));
      }
      document.add(new Paragraph(footer(report), text));
      document.close();
    } catch (DocumentException broken) {
      throw new IllegalStateException("cannot write the PDF", broken);
    }
  }

  public void docx(Compilation report, OutputStream out) {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph top = document.createParagraph();
      top.setAlignment(ParagraphAlignment.CENTER);
      run(top, title(report), true, 14);
      for (String line : citation(report)) {
        run(document.createParagraph(), line, false, 11);
      }
      for (TaskSection task : report.tasks()) {
        run(document.createParagraph(), taskHeading(task), true, 11);
        run(document.createParagraph(), taskFacts(task), false, 11);
        docxTable(document, task.lines());
      }
      run(document.createParagraph(), "Tổng hợp toàn kế hoạch", true, 11);
      docxTable(document, report.totals());
      run(document.createParagraph(), "Cơ quan báo cáo muộn hoặc chưa báo cáo", true, 11);
      for (String line : lateness(report)) {
        run(document.createParagraph(), line, false, 11);
      }
      run(document.createParagraph(), footer(report), false, 9);
      document.write(out);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  public void xlsx(Compilation report, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet figures = workbook.createSheet("Số liệu");
      header(figures, FIGURE_HEADER);
      int r = 1;
      for (Figure f : report.figures()) {
        Row row = figures.createRow(r++);
        row.createCell(0).setCellValue(f.clause());
        row.createCell(1).setCellValue(f.activity());
        row.createCell(2).setCellValue(f.lead());
        row.createCell(3).setCellValue(f.district());
        row.createCell(4).setCellValue(f.metric());
        row.createCell(5).setCellValue(f.unit());
        row.createCell(6).setCellValue(f.total().doubleValue());
      }
      Sheet totals = workbook.createSheet("Tổng hợp");
      header(totals, LINE_HEADER);
      r = 1;
      for (Line line : report.totals()) {
        Row row = totals.createRow(r++);
        row.createCell(0).setCellValue(line.metric());
        row.createCell(1).setCellValue(line.unit());
        if (line.target() != null) {
          row.createCell(2).setCellValue(line.target().doubleValue());
        }
        row.createCell(3).setCellValue(line.actual().doubleValue());
      }
      workbook.write(out);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    } finally {
      workbook.dispose();
    }
  }

  public void csv(Compilation report, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
      printer.printRecord(FIGURE_HEADER);
      for (Figure f : report.figures()) {
        printer.printRecord(
            f.clause(),
            f.activity(),
            f.lead(),
            f.district(),
            f.metric(),
            f.unit(),
            f.total().toPlainString());
      }
      printer.flush();
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  static String title(Compilation report) {
    return "BÁO CÁO KẾT QUẢ THỰC HIỆN " + report.title().toUpperCase(Locale.forLanguageTag("vi"));
  }

  static List<String> citation(Compilation report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Thực hiện "
            + (report.symbol() == null ? "Kế hoạch" : "Kế hoạch số " + report.symbol())
            + " của "
            + report.issuer()
            + (report.issuedOn() == null ? "" : " ngày " + DAY.format(report.issuedOn()))
            + " (năm "
            + report.year()
            + ").");
    if (!report.cites().isEmpty()) {
      lines.add("Căn cứ: " + String.join("; ", report.cites()) + ".");
    }
    return lines;
  }

  static String taskHeading(TaskSection task) {
    return task.clause() + ". " + task.title();
  }

  static String taskFacts(TaskSection task) {
    return "Cơ quan chủ trì: " + task.lead() + ". Số hoạt động: " + task.activities() + ".";
  }

  /** One line per agency, with each deadline it missed or met late. */
  static List<String> lateness(Compilation report) {
    if (report.late().isEmpty()) {
      return List.of("Không có.");
    }
    Map<String, List<String>> byAgency = new LinkedHashMap<>();
    for (Lateness late : report.late()) {
      byAgency
          .computeIfAbsent(late.agency(), a -> new ArrayList<>())
          .add(
              "hạn "
                  + DAY.format(late.dueOn())
                  + ": "
                  + (late.submittedAt() == null
                      ? "chưa báo cáo"
                      : "báo cáo muộn, lúc " + WHEN.format(late.submittedAt())));
    }
    List<String> lines = new ArrayList<>();
    byAgency.forEach(
        (agency, misses) -> lines.add("- " + agency + " (" + String.join("; ", misses) + ")"));
    return lines;
  }

  static String footer(Compilation report) {
    return "Số liệu tổng hợp từ Loa Xanh lúc " + WHEN.format(report.compiledAt()) + ".";
  }

  static List<String> cells(Line line) {
    return List.of(
        line.metric(),
        line.unit(),
        line.target() == null ? "" : plain(line.target()),
        plain(line.actual()),
        line.state() == null ? "" : state(line.state()));
  }

  private static String state(String state) {
    return switch (state) {
      case "MET" -> "Đạt";
      case "NOT_MET" -> "Không đạt";
      default -> "Đang thực hiện";
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private static PdfPTable pdfTable(List<Line> lines, Font text, Font strong) {
    PdfPTable table = new PdfPTable(new float[] {4, 1.4f, 1.4f, 1.4f, 1.8f});
    table.setWidthPercentage(100);
    for (String title : LINE_HEADER) {
      table.addCell(new PdfPCell(new Phrase(title, strong)));
    }
    for (Line line : lines) {
      for (String cell : cells(line)) {
        table.addCell(new PdfPCell(new Phrase(cell, text)));
      }
    }
    if (lines.isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("Chưa có số liệu.", text));
      none.setColspan(LINE_HEADER.size());
      table.addCell(none);
    }
    return table;
  }

  private static void docxTable(XWPFDocument document, List<Line> lines) {
    XWPFTable table = document.createTable(Math.max(lines.size(), 1) + 1, LINE_HEADER.size());
    for (int c = 0; c < LINE_HEADER.size(); c++) {
      table.getRow(0).getCell(c).setText(LINE_HEADER.get(c));
    }
    for (int r = 0; r < lines.size(); r++) {
      List<String> cells = cells(lines.get(r));
      for (int c = 0; c < cells.size(); c++) {
        table.getRow(r + 1).getCell(c).setText(cells.get(c));
      }
    }
    if (lines.isEmpty()) {
      table.getRow(1).getCell(0).setText("Chưa có số liệu.");
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("Times New Roman");
  }

  private static void header(Sheet sheet, List<String> titles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < titles.size(); i++) {
      row.createCell(i).setCellValue(titles.get(i));
    }
  }

  /** The font files, read once: each document embeds the glyphs it uses. */
  private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

  private static Font font(String resource, float size) {
    try {
      byte[] bytes = FONTS.computeIfAbsent(resource, ReportDocuments::read);
      BaseFont base =
          BaseFont.createFont(
              resource.substring(1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
      return new Font(base, size);
    } catch (IOException | DocumentException unreadable) {
      throw new IllegalStateException("cannot load " + resource, unreadable);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = BaseFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from openpdf-fonts-extra: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
