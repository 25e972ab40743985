package vn.loaxanh.platform.errors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A request that is well-formed but wrong about one or more named fields. Entities state a broken
 * rule as an {@link IllegalArgumentException} whose message reads "field: reason".
 */
public class InvalidInput extends BadRequestException {
  private final Map<String, String> fields;

  public InvalidInput(String field, String reason) {
    this(Map.of(field, reason));
  }

  public InvalidInput(Map<String, String> fields) {
    super(
        "Dữ liệu không hợp lệ / Invalid input: " + fields.keySet(),
        Problems.of(
            Response.Status.BAD_REQUEST,
            "Dữ liệu không hợp lệ / Invalid input: " + describe(fields),
            fields));
    this.fields = Map.copyOf(fields);
  }

  public static InvalidInput from(IllegalArgumentException brokenRule) {
    String message = String.valueOf(brokenRule.getMessage());
    int colon = message.indexOf(": ");
    return colon > 0
        ? new InvalidInput(message.substring(0, colon), message.substring(colon + 2))
        : new InvalidInput("body", message);
  }

  public Map<String, String> fields() {
    return fields;
  }

  private static String describe(Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach(
        (field, reason) ->
            text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(reason));
    return text.toString();
  }
}
