package vn.loaxanh.platform.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a staff form shows: each field's value, as stored or as typed, and the reason beside each
 * field a save refused. A refusal that names no field (or the whole body) is shown above the form
 * under the name {@code form}.
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {

  /** A form filled from what is stored, with nothing refused. */
  public static FormState of(Map<String, String> values) {
    return new FormState(values, Map.of());
  }

  /** The form as typed again, with the reasons it was refused. */
  public static FormState refused(Map<String, String> typed, Refusal refusal) {
    Map<String, String> errors = new LinkedHashMap<>(refusal.fields());
    if (errors.isEmpty() || errors.containsKey("body")) {
      errors.put("form", refusal.message());
    }
    return new FormState(typed, errors);
  }

  /** The named fields of a posted form, stripped; a field not sent reads as empty. */
  public static Map<String, String> read(MultivaluedMap<String, String> form, List<String> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : fields) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  /** The same form with a rule's reason shown beside the field the reader typed it in. */
  public FormState movingError(String from, String to) {
    if (!errors.containsKey(from)) {
      return this;
    }
    Map<String, String> moved = new LinkedHashMap<>(errors);
    moved.merge(to, moved.remove(from), (a, b) -> a + " " + b);
    return new FormState(values, moved);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean isRefused() {
    return !errors.isEmpty();
  }
}
