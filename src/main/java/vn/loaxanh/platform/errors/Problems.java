package vn.loaxanh.platform.errors;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds RFC 9457 problem documents, the body of every error the API answers. */
public final class Problems {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  public static Response of(Response.StatusType status, String detail) {
    return of(status, detail, Map.of());
  }

  /**
   * @param fields the invalid fields, each with the reason, so a form can show them beside the
   *     input
   */
  public static Response of(Response.StatusType status, String detail, Map<String, String> fields) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", status.getReasonPhrase())
            .add("status", status.getStatusCode())
            .add("detail", detail);
    if (!fields.isEmpty()) {
      JsonObjectBuilder errors = Json.createObjectBuilder();
      fields.forEach(errors::add);
      body.add("errors", errors);
    }
    return Response.status(status.getStatusCode()).type(PROBLEM_JSON).entity(body.build()).build();
  }
}
