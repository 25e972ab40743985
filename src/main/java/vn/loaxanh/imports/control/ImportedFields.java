package vn.loaxanh.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.loaxanh.activities.control.ActivitySnapshot;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.entity.Channel;

/**
 * An activity's fields as a re-import compares them (the audit trail's wording, with the status),
 * kept on the activity as JSON after each import, and the merge that writes only the fields the
 * import may change.
 */
final class ImportedFields {
  private ImportedFields() {}

  /**
   * The fields by name. Agencies and the district go by their codes, which a content file uses and
   * a rename does not change, so that renaming a district is not a change to its activities.
   */
  static Map<String, String> of(Activity activity) {
    Map<String, String> fields =
        ActivitySnapshot.of(activity).fields(String.valueOf(activity.status()));
    fields.put("lead", activity.lead() == null ? null : activity.lead().code());
    fields.put(
        "partners",
        String.join(", ", new TreeSet<>(activity.partners().stream().map(Agency::code).toList())));
    fields.put("unit", activity.unit() == null ? null : activity.unit().code());
    // Whether the public sees it is staff's to decide; content files do not say.
    fields.remove("visibility");
    return fields;
  }

  static String json(Map<String, String> fields) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    fields.forEach(
        (name, value) -> json.add(name, value == null ? JsonValue.NULL : Json.createValue(value)));
    return json.build().toString();
  }

  /** The fields the last import wrote; null when there was none, or it cannot be read. */
  static Map<String, String> parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> fields = new LinkedHashMap<>();
      object.forEach(
          (name, value) ->
              fields.put(name, value instanceof JsonString text ? text.getString() : null));
      return fields;
    } catch (JsonException | ClassCastException unreadable) {
      return null;
    }
  }

  private static Set<Channel> channels(Set<Channel> channels) {
    return channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
  }

  /** Writes onto the stored activity the file's value of each field named, and keeps the rest. */
  static void merge(Activity stored, Activity file, Set<String> fromFile) {
    Activity take = file;
    Activity keep = stored;
    boolean quantity = fromFile.contains("plannedQuantity");
    var details =
        new Activity.Details(
            (fromFile.contains("type") ? take : keep).type(),
            (fromFile.contains("title") ? take : keep).title(),
            (fromFile.contains("description") ? take : keep).description(),
            (fromFile.contains("place") ? take : keep).place(),
            (fromFile.contains("audience") ? take : keep).audience(),
            (quantity ? take : keep).plannedQuantity(),
            (quantity ? take : keep).quantityUnit(),
            channels((fromFile.contains("channels") ? take : keep).channels()),
            stored.internal());
    stored.describe((fromFile.contains("task") ? take : keep).task(), details);
    stored.assign(
        (fromFile.contains("lead") ? take : keep).lead(),
        new LinkedHashSet<>((fromFile.contains("partners") ? take : keep).partners()),
        (fromFile.contains("unit") ? take : keep).unit());
    if (fromFile.contains("time")) {
      stored.schedule(file.startsAt(), file.endsAt(), file.allDay());
    }
    if (fromFile.contains("status")) {
      stored.recordStatus(file.status());
    }
  }
}
