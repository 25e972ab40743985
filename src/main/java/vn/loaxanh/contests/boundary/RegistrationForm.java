package vn.loaxanh.contests.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.Participant;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * The registration form's fields as a submission. Participants are typed one per line as "name,
 * grade"; a school missing from the list is proposed with its name, level and district.
 */
final class RegistrationForm {
  static final List<String> FIELDS =
      List.of(
          "key",
          "category",
          "schoolId",
          "proposedName",
          "proposedLevel",
          "proposedDistrictId",
          "teacherName",
          "teacherEmail",
          "teacherPhone",
          "title",
          "description",
          "participants");

  private RegistrationForm() {}

  /** What the reader typed, to show the form again after a mistake. */
  static Map<String, String> values(HttpServletRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      values.put(field, value == null ? "" : value.strip());
    }
    values.put("consent", request.getParameter("consent") == null ? "" : "on");
    return values;
  }

  static Registrations.Submission submission(Map<String, String> values) {
    Long schoolId = id(values, "schoolId");
    Registrations.ProposedSchool proposed = null;
    if (schoolId == null && !values.get("proposedName").isEmpty()) {
      SchoolLevel level =
          SchoolLevel.read(values.get("proposedLevel"))
              .orElseThrow(
                  () -> new InvalidInput("proposedLevel", "chọn cấp học / choose a level"));
      proposed =
          new Registrations.ProposedSchool(
              values.get("proposedName"), level, id(values, "proposedDistrictId"));
    }
    return new Registrations.Submission(
        values.get("key"), values.get("category"), schoolId, proposed, details(values));
  }

  static Entry.Details details(Map<String, String> values) {
    return new Entry.Details(
        values.get("teacherName"),
        values.get("teacherEmail"),
        values.get("teacherPhone"),
        values.get("title"),
        values.get("description"),
        participants(values.get("participants")),
        "on".equals(values.get("consent")));
  }

  /** The files chosen in the form; an empty file input sends one part with no name. */
  static List<Uploads.Upload> files(HttpServletRequest request) throws IOException {
    List<Uploads.Upload> files = new ArrayList<>();
    try {
      for (Part part : request.getParts()) {
        if (part.getName().equals("files")
            && part.getSubmittedFileName() != null
            && !part.getSubmittedFileName().isBlank()) {
          files.add(new FormFile(part));
        }
      }
    } catch (jakarta.servlet.ServletException | IllegalStateException notMultipart) {
      throw new InvalidInput(
          "files", "tệp quá lớn hoặc biểu mẫu hỏng / file too large or bad form");
    }
    return files;
  }

  static List<Participant> participants(String text) {
    List<Participant> people = new ArrayList<>();
    if (text == null) {
      return people;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      if (comma <= 0 || comma == line.length() - 1) {
        throw new InvalidInput("participants", "mỗi dòng: họ tên, lớp / one per line: name, grade");
      }
      people.add(
          new Participant(line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
    }
    return people;
  }

  private static Long id(Map<String, String> values, String field) {
    String text = values.get(field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException notAnId) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }

  private record FormFile(Part part) implements Uploads.Upload {
    @Override
    public String fileName() {
      return part.getSubmittedFileName();
    }

    @Override
    public InputStream open() throws IOException {
      return part.getInputStream();
    }
  }
}
