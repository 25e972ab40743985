package vn.loaxanh.contests.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.ContestCategory;
import vn.loaxanh.contests.entity.Criterion;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormFields;

/**
 * The staff form for a new call for entries. Without JavaScript a form cannot add rows, so it
 * offers a fixed number of category and criterion rows; blank rows are left out.
 */
final class ContestForm {
  static final int CATEGORY_ROWS = 4;
  static final int CRITERION_ROWS = 5;
  private static final long MEGABYTE = 1024L * 1024;

  private ContestForm() {}

  /** The form's fields as typed, the checked levels joined by commas. */
  static Map<String, String> values(MultivaluedMap<String, String> typed) {
    Map<String, String> values = new LinkedHashMap<>();
    typed.forEach(
        (name, all) -> {
          if (!name.equals("csrf") && !name.equals("levels") && !all.isEmpty()) {
            values.put(name, all.get(0).strip());
          }
        });
    values.put("levels", String.join(",", FormFields.all(typed, "levels")));
    return values;
  }

  /** A new form: a drawing and a video category and a two-line rubric to start from. */
  static Map<String, String> starting() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("entriesPerSchool", "1");
    values.put("levels", "PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY");
    values.put("cat0.code", "ve-tranh");
    values.put("cat0.name", "Vẽ tranh");
    values.put("cat0.types", "image/jpeg, image/png, application/pdf");
    values.put("cat0.mb", "10");
    values.put("cat0.files", "2");
    values.put("cat1.code", "video");
    values.put("cat1.name", "Video clip");
    values.put("cat1.types", "video/*");
    values.put("cat1.mb", "300");
    values.put("cat1.files", "1");
    values.put("crit0.name", "Nội dung, thông điệp");
    values.put("crit0.weight", "60");
    values.put("crit0.max", "10");
    values.put("crit1.name", "Sáng tạo, thể hiện");
    values.put("crit1.weight", "40");
    values.put("crit1.max", "10");
    return values;
  }

  /** A stored call as its form shows it, to be edited. */
  static Map<String, String> of(Contest contest) {
    var shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("activityId", contest.activity().id().toString());
    values.put("title", contest.title());
    values.put("slug", contest.slug());
    values.put("rules", contest.rulesMarkdown() == null ? "" : contest.rulesMarkdown());
    values.put("opensAt", shown.format(contest.opensAt().atZone(LocalTime.VIETNAM)));
    values.put("closesAt", shown.format(contest.closesAt().atZone(LocalTime.VIETNAM)));
    values.put("entriesPerSchool", Integer.toString(contest.entriesPerSchool()));
    values.put("levels", String.join(",", contest.levels().stream().map(Enum::name).toList()));
    List<ContestCategory> categories = contest.categories();
    for (int i = 0; i < Math.min(categories.size(), CATEGORY_ROWS); i++) {
      ContestCategory category = categories.get(i);
      values.put("cat" + i + ".code", category.code());
      values.put("cat" + i + ".name", category.name());
      values.put("cat" + i + ".types", String.join(", ", category.fileTypes()));
      values.put("cat" + i + ".mb", Long.toString(Math.max(1, category.maxFileBytes() / MEGABYTE)));
      values.put("cat" + i + ".files", Integer.toString(category.maxFiles()));
    }
    List<Criterion> criteria = contest.criteria();
    for (int i = 0; i < Math.min(criteria.size(), CRITERION_ROWS); i++) {
      values.put("crit" + i + ".name", criteria.get(i).name());
      values.put("crit" + i + ".weight", Integer.toString(criteria.get(i).weight()));
      values.put("crit" + i + ".max", Integer.toString(criteria.get(i).maxScore()));
    }
    values.put("judges", String.join(", ", contest.judges()));
    values.put("version", Long.toString(contest.version()));
    return values;
  }

  static Contests.Call call(Map<String, String> v) {
    Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
    for (String level : v.getOrDefault("levels", "").split(",")) {
      if (!level.isBlank()) {
        levels.add(
            SchoolLevel.read(level)
                .orElseThrow(() -> new InvalidInput("levels", "không hợp lệ / invalid")));
      }
    }
    List<Contest.CategoryTerms> categories = new ArrayList<>();
    for (int i = 0; i < CATEGORY_ROWS; i++) {
      String code = v.getOrDefault("cat" + i + ".code", "");
      if (code.isEmpty()) {
        continue;
      }
      List<String> types = new ArrayList<>();
      for (String type : v.getOrDefault("cat" + i + ".types", "").split(",")) {
        if (!type.isBlank()) {
          types.add(type.strip());
        }
      }
      categories.add(
          new Contest.CategoryTerms(
              code,
              v.getOrDefault("cat" + i + ".name", ""),
              types,
              number(v, "cat" + i + ".mb") * MEGABYTE,
              (int) number(v, "cat" + i + ".files")));
    }
    List<Contest.CriterionTerms> criteria = new ArrayList<>();
    for (int i = 0; i < CRITERION_ROWS; i++) {
      String name = v.getOrDefault("crit" + i + ".name", "");
      if (name.isEmpty()) {
        continue;
      }
      criteria.add(
          new Contest.CriterionTerms(
              name, (int) number(v, "crit" + i + ".weight"), (int) number(v, "crit" + i + ".max")));
    }
    Set<String> judges = new LinkedHashSet<>();
    for (String judge : v.getOrDefault("judges", "").split("[,\\s]+")) {
      if (!judge.isBlank()) {
        judges.add(judge.strip());
      }
    }
    return new Contests.Call(
        FormFields.required(v, "activityId", Long::valueOf),
        v.getOrDefault("slug", ""),
        new Contest.Terms(
            v.getOrDefault("title", ""),
            v.getOrDefault("rules", ""),
            null,
            time(v, "opensAt"),
            time(v, "closesAt"),
            (int) number(v, "entriesPerSchool"),
            levels),
        categories,
        criteria,
        judges);
  }

  private static java.time.Instant time(Map<String, String> v, String field) {
    try {
      return LocalDateTime.parse(FormFields.required(v, field, text -> text))
          .atZone(LocalTime.VIETNAM)
          .toInstant();
    } catch (DateTimeParseException wrong) {
      throw new InvalidInput(field, "ngày giờ không hợp lệ / invalid date and time");
    }
  }

  private static long number(Map<String, String> v, String field) {
    return FormFields.required(v, field, Long::valueOf);
  }
}
