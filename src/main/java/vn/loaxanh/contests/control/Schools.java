package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.content.control.Folding;
import vn.loaxanh.contests.entity.School;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * The school directory. A directory file is read whole before anything is stored: a file with a bad
 * line changes nothing and the answer names every bad line.
 */
@ApplicationScoped
@Transactional
public class Schools {
  static final int MOST_LINES = 50_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentStaff staff;

  public record ImportReport(int created, int updated, int unchanged) {}

  public List<School> list(Long districtId, Boolean confirmed) {
    return em.createNamedQuery(School.LIST, School.class)
        .setParameter("district", districtId)
        .setParameter("confirmed", confirmed)
        .getResultList();
  }

  public School get(long id) {
    School school = em.find(School.class, id);
    if (school == null) {
      throw new NotFound("school", id);
    }
    return school;
  }

  public School add(String name, SchoolLevel level, long districtId) {
    staff.requireEditor();
    AdministrativeUnit district = em.find(AdministrativeUnit.class, districtId);
    School school;
    try {
      school = School.listed(name, level, district, Instant.now(clock));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    if (known(district, school.name()).isPresent()) {
      throw new Conflict("Huyện đã có trường này", "The district already lists this school");
    }
    em.persist(school);
    em.flush();
    return school;
  }

  public School confirm(long id) {
    staff.requireEditor();
    School school = get(id);
    school.confirm();
    return school;
  }

  /**
   * A school a teacher proposed that is one already listed under another spelling: its entries move
   * to the listed school and the proposal goes.
   */
  public School merge(long proposedId, long intoId) {
    staff.requireEditor();
    School proposed = get(proposedId);
    School into = get(intoId);
    if (proposed.confirmed()) {
      throw new Conflict(
          "Chỉ gộp được trường do giáo viên đề xuất, chưa xác nhận",
          "Only a proposed, unconfirmed school can be merged");
    }
    if (proposed.id().equals(into.id()) || !into.confirmed()) {
      throw new InvalidInput(
          "into", "chọn một trường đã có trong danh bạ / choose a school of the directory");
    }
    em.createQuery("update Entry e set e.school = :into where e.school = :proposed")
        .setParameter("into", into)
        .setParameter("proposed", proposed)
        .executeUpdate();
    em.remove(proposed);
    em.flush();
    return into;
  }

  /** A proposal that names no real school; one that entries already name is merged instead. */
  public void reject(long proposedId) {
    staff.requireEditor();
    School proposed = get(proposedId);
    if (proposed.confirmed()) {
      throw new Conflict(
          "Trường đã có trong danh bạ, không từ chối được",
          "The school is in the directory and cannot be rejected");
    }
    long entries =
        em.createQuery("select count(e) from Entry e where e.school = :school", Long.class)
            .setParameter("school", proposed)
            .getSingleResult();
    if (entries > 0) {
      throw new Conflict(
          "Đã có bài dự thi của trường này: hãy gộp vào trường đúng trong danh bạ",
          "Entries already name this school: merge it into the right school instead");
    }
    em.remove(proposed);
    em.flush();
  }

  /**
   * Reads a directory in CSV with a header line naming the columns {@code name, level, district,
   * province} (or tên trường, cấp học, huyện, tỉnh). Districts and provinces are matched by code or
   * by name with or without diacritics. A school already listed gets its level corrected and is
   * confirmed.
   */
  public ImportReport importCsv(Reader csv) {
    staff.requireEditor();
    Units units = new Units(em);
    Map<String, String> errors = new LinkedHashMap<>();
    List<Line> lines = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(csv)) {
      Map<String, String> columns = columns(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > MOST_LINES) {
          throw new InvalidInput("file", "tối đa 50000 dòng / at most 50000 lines");
        }
        String where = "line " + (record.getRecordNumber() + 1);
        try {
          lines.add(line(record, columns, units));
        } catch (IllegalArgumentException bad) {
          errors.put(where, bad.getMessage());
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
      throw new InvalidInput(
          "file", "không đọc được CSV / unreadable CSV: " + unreadable.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return store(lines);
  }

  private ImportReport store(List<Line> lines) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    Instant now = Instant.now(clock);
    Map<String, School> seen = new HashMap<>();
    for (Line line : lines) {
      String key = line.district().id() + "/" + School.folded(line.name());
      School school =
          seen.computeIfAbsent(key, k -> known(line.district(), line.name()).orElse(null));
      if (school == null) {
        school = School.listed(line.name(), line.level(), line.district(), now);
        em.persist(school);
        seen.put(key, school);
        created++;
      } else if (school.level() != line.level() || !school.confirmed()) {
        school.classify(line.level());
        school.confirm();
        updated++;
      } else {
        unchanged++;
      }
    }
    em.flush();
    return new ImportReport(created, updated, unchanged);
  }

  private Optional<School> known(AdministrativeUnit district, String name) {
    return em.createNamedQuery(School.BY_NAME, School.class)
        .setParameter("district", district)
        .setParameter("foldedName", School.folded(name))
        .getResultStream()
        .findFirst();
  }

  private record Line(String name, SchoolLevel level, AdministrativeUnit district) {}

  private static Line line(CSVRecord record, Map<String, String> columns, Units units) {
    String name = value(record, columns, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: bắt buộc / required");
    }
    if (name.length() > 300) {
      throw new IllegalArgumentException("name: tối đa 300 ký tự / at most 300 characters");
    }
    SchoolLevel level =
        SchoolLevel.read(value(record, columns, "level"))
            .orElseThrow(
                () -> new IllegalArgumentException("level: không rõ cấp học / unknown level"));
    AdministrativeUnit province =
        units
            .find(UnitLevel.PROVINCE, value(record, columns, "province"), null)
            .orElseThrow(
                () -> new IllegalArgumentException("province: không có tỉnh này / unknown"));
    AdministrativeUnit district =
        units
            .find(UnitLevel.DISTRICT, value(record, columns, "district"), province)
            .orElseThrow(
                () -> new IllegalArgumentException("district: không có huyện này / unknown"));
    return new Line(name, level, district);
  }

  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    return header == null || !record.isSet(header) ? "" : record.get(header).strip();
  }

  /** Which header of the file holds each column, by English or Vietnamese name. */
  private static Map<String, String> columns(List<String> headers) {
    Map<String, List<String>> names =
        Map.of(
            "name", List.of("name", "ten truong", "ten"),
            "level", List.of("level", "cap hoc", "cap"),
            "district", List.of("district", "huyen", "quan huyen", "quan/huyen"),
            "province", List.of("province", "tinh", "tinh/thanh pho", "tinh thanh pho"));
    Map<String, String> found = new HashMap<>();
    for (String header : headers) {
      String folded = Folding.fold(header.replace("\uFEFF", "").strip());
      names.forEach(
          (column, aliases) -> {
            if (aliases.contains(folded)) {
              found.put(column, header);
            }
          });
    }
    for (String column : names.keySet()) {
      if (!found.containsKey(column)) {
        throw new IllegalArgumentException(
            "thiếu cột / missing column \""
                + column
                + "\"; columns: name, level, district, province");
      }
    }
    return found;
  }

  /** Provinces and districts by code and by folded name, read once per import. */
  private static final class Units {
    private final List<AdministrativeUnit> all;

    Units(EntityManager em) {
      all =
          em.createQuery(
                  "select u from AdministrativeUnit u where u.level in :levels",
                  AdministrativeUnit.class)
              .setParameter("levels", List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT))
              .getResultList();
    }

    Optional<AdministrativeUnit> find(UnitLevel level, String text, AdministrativeUnit parent) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String folded = bare(text);
      return all.stream()
          .filter(u -> u.level() == level)
          .filter(u -> parent == null || parent.equals(u.parent()))
          .filter(u -> u.code().equalsIgnoreCase(text) || bare(u.name()).equals(folded))
          .findFirst();
    }

    /** A unit's name as people shorten it: "Tỉnh Sơn La" and "Sơn La" are the same place. */
    private static String bare(String name) {
      return Folding.fold(name.strip())
          .replaceFirst("^(tinh|thanh pho|huyen|quan|thi xa)\\s+", "")
          .replaceAll("\\s+", " ");
    }
  }
}
