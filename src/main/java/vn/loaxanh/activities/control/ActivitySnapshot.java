package vn.loaxanh.activities.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * What an activity said at one moment, in the words the audit trail uses, so that two moments can
 * be compared field by field.
 */
public record ActivitySnapshot(
    String type,
    String title,
    String description,
    String lead,
    String partners,
    String unit,
    String place,
    String time,
    String channels,
    String audience,
    String quantity,
    String task,
    String visibility) {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LocalTime.VIETNAM);

  public static ActivitySnapshot of(Activity a) {
    return new ActivitySnapshot(
        String.valueOf(a.type()),
        a.title(),
        a.description(),
        a.lead() == null ? null : a.lead().name(),
        String.join("; ", new TreeSet<>(a.partners().stream().map(Agency::name).toList())),
        a.unit() == null ? null : a.unit().name(),
        a.place(),
        time(a.startsAt(), a.endsAt()),
        String.join(", ", new TreeSet<>(a.channels().stream().map(Enum::name).toList())),
        a.audience(),
        a.plannedQuantity() == null ? null : a.plannedQuantity() + " " + a.quantityUnit(),
        a.task() == null ? null : a.task().clause(),
        a.internal() ? "INTERNAL" : "PUBLIC");
  }

  static String time(Instant start, Instant end) {
    return start == null ? null : SHOWN.format(start) + " – " + SHOWN.format(end);
  }

  /**
   * Every field by name, as the audit trail writes it, with the status besides: what a re-import
   * compares field by field.
   */
  public Map<String, String> fields(String status) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    fields.put("description", description);
    fields.put("lead", lead);
    fields.put("partners", partners);
    fields.put("unit", unit);
    fields.put("place", place);
    fields.put("time", time);
    fields.put("channels", channels);
    fields.put("audience", audience);
    fields.put("plannedQuantity", quantity);
    fields.put("task", task);
    fields.put("visibility", visibility);
    fields.put("status", status);
    return fields;
  }

  /** The changed fields as "field: before → after", or an empty list when nothing changed. */
  public List<String> changesTo(ActivitySnapshot after) {
    List<String> changes = new ArrayList<>();
    Map<String, String> now = after.fields(null);
    fields(null).forEach((field, before) -> compare(changes, field, before, now.get(field)));
    return changes;
  }

  private static void compare(List<String> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(field + ": " + shown(before) + " → " + shown(after));
    }
  }

  private static String shown(String value) {
    if (value == null || value.isEmpty()) {
      return "∅";
    }
    return value.length() > 120 ? value.substring(0, 117) + "…" : value;
  }
}
