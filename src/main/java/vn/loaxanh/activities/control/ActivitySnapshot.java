package vn.loaxanh.activities.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * What an activity said at one moment, in the words the audit trail uses, so that two moments can
 * be compared field by field.
 */
record ActivitySnapshot(
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

  static ActivitySnapshot of(Activity a) {
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

  /** The changed fields as "field: before → after", or an empty list when nothing changed. */
  List<String> changesTo(ActivitySnapshot after) {
    List<String> changes = new ArrayList<>();
    compare(changes, "type", type, after.type);
    compare(changes, "title", title, after.title);
    compare(changes, "description", description, after.description);
    compare(changes, "lead", lead, after.lead);
    compare(changes, "partners", partners, after.partners);
    compare(changes, "unit", unit, after.unit);
    compare(changes, "place", place, after.place);
    compare(changes, "time", time, after.time);
    compare(changes, "channels", channels, after.channels);
    compare(changes, "audience", audience, after.audience);
    compare(changes, "plannedQuantity", quantity, after.quantity);
    compare(changes, "task", task, after.task);
    compare(changes, "visibility", visibility, after.visibility);
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
