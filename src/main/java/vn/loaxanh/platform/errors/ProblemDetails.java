package vn.loaxanh.platform.errors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a refused request says, for a page to show beside its form: the readable detail and the
 * reasons per field of the problem document the API would have answered.
 */
public record ProblemDetails(int status, String detail, Map<String, String> fields) {
  public static ProblemDetails of(WebApplicationException refused) {
    int status = refused.getResponse().getStatus();
    Object entity = refused.getResponse().getEntity();
    if (!(entity instanceof JsonObject problem)) {
      return new ProblemDetails(status, String.valueOf(refused.getMessage()), Map.of());
    }
    return of(problem);
  }

  /** What a problem document says. */
  public static ProblemDetails of(JsonObject problem) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonObject errors = problem.getJsonObject("errors");
    if (errors != null) {
      errors.forEach(
          (field, reason) ->
              fields.put(
                  field,
                  reason instanceof JsonString text ? text.getString() : String.valueOf(reason)));
    }
    return new ProblemDetails(
        problem.getInt("status", 500), problem.getString("detail", ""), fields);
  }
}
