package vn.loaxanh.platform.pages;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.loaxanh.platform.errors.ProblemDetails;

/**
 * Why a page's request was refused, in the reader's language: a sentence for the top of the page
 * and, for a form, a reason beside each field. It is read from the problem document the API would
 * have answered, whose texts say each thing in Vietnamese, then " / ", then in English.
 */
public record Refusal(String message, Map<String, String> fields) {

  public static Refusal of(JsonObject problem, Texts t) {
    ProblemDetails details = ProblemDetails.of(problem);
    Map<String, String> fields = new LinkedHashMap<>();
    details
        .fields()
        .forEach((field, reason) -> fields.put(field, inLanguage(reason, t.language())));
    String message =
        fields.isEmpty() ? inLanguage(details.detail(), t.language()) : t.get("form.checkFields");
    return new Refusal(message, fields);
  }

  /** The reader's half of a text written "tiếng Việt / English"; the whole text otherwise. */
  public static String inLanguage(String text, Language language) {
    int split = text.indexOf(" / ");
    if (split < 0) {
      return text;
    }
    return language == Language.VI ? text.substring(0, split) : text.substring(split + 3);
  }

  /**
   * The whole refusal in a line, for a page with no box to show a reason beside: the reasons
   * themselves, without the fields' names, which are the program's and not the reader's words.
   */
  public String summary() {
    return fields.isEmpty() ? message : String.join(" ", fields.values());
  }

  /** The reason beside one field, or null when the field is fine. */
  public String about(String field) {
    return fields.get(field);
  }
}
