package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * A contest's entries as a spreadsheet for staff: CSV (UTF-8 with a byte-order mark, so Excel shows
 * Vietnamese right) through Commons CSV, and XLSX through Apache POI's streaming writer, which
 * keeps only a window of rows in memory however many entries there are.
 */
@ApplicationScoped
public class EntryExports {
  static final List<String> COLUMNS =
      List.of(
          "Số biên nhận",
          "Thời điểm gửi",
          "Thể loại",
          "Trường",
          "Cấp học",
          "Quận/huyện",
          "Giáo viên",
          "Thư điện tử",
          "Điện thoại",
          "Tên bài",
          "Học sinh",
          "Số tệp",
          "Trạng thái",
          "Lý do");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LocalTime.VIETNAM);

  public void csv(List<Entry> entries, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
      printer.printRecord(COLUMNS);
      for (Entry entry : entries) {
        printer.printRecord(row(entry).stream().map(EntryExports::inert).toList());
      }
      printer.flush();
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  public void xlsx(List<Entry> entries, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet sheet = workbook.createSheet("Bài dự thi");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        header.createCell(i).setCellValue(COLUMNS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (Entry entry : entries) {
        Row row = sheet.createRow(r++);
        List<Object> values = row(entry);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof Number number) {
            row.createCell(i).setCellValue(number.doubleValue());
          } else {
            row.createCell(i).setCellValue(value == null ? "" : value.toString());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    } finally {
      workbook.dispose();
    }
  }

  /**
   * A text cell that a spreadsheet would take for a formula (=, +, -, @) is prefixed with an
   * apostrophe: a title typed by the public must not run when staff open the file.
   */
  static Object inert(Object value) {
    if (value instanceof String text
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  private static List<Object> row(Entry entry) {
    return List.of(
        entry.receipt(),
        WHEN.format(entry.submittedAt()),
        entry.category().name(),
        entry.school().name(),
        entry.school().level().vietnamese(),
        entry.school().district().name(),
        entry.teacherName(),
        entry.teacherEmail(),
        entry.teacherPhone(),
        entry.title(),
        entry.participants().stream()
            .map(p -> p.name() + " (" + p.grade() + ")")
            .collect(Collectors.joining("; ")),
        entry.attachments().size(),
        entry.status().name(),
        entry.statusReason() == null ? "" : entry.statusReason());
  }
}
