package vn.loaxanh.platform.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body the JSON binding could not read: malformed JSON, or a field of the wrong type. The binding
 * reports the field only inside its message, so it is taken from there.
 */
@Provider
public class UnreadableBodies implements ExceptionMapper<ProcessingException> {
  private static final Logger LOG = Logger.getLogger(UnreadableBodies.class.getName());
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Override
  public Response toResponse(ProcessingException exception) {
    Throwable cause = exception;
    while (cause != null
        && !(cause instanceof JsonbException)
        && !(cause instanceof JsonParsingException)) {
      cause = cause.getCause();
    }
    if (cause == null) {
      LOG.log(Level.SEVERE, "Request processing failed", exception);
      return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Lỗi máy chủ / Server error");
    }
    String field = fieldNamedIn(exception);
    if (field != null) {
      return new InvalidInput(field, "sai kiểu dữ liệu / wrong type or format").getResponse();
    }
    return Problems.of(
        Response.Status.BAD_REQUEST,
        "Nội dung JSON không đọc được / The JSON body cannot be read: " + rootMessage(cause));
  }

  private static String fieldNamedIn(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher matcher = PROPERTY.matcher(t.getMessage());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return null;
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? cause.getMessage() : root.getMessage();
    return message == null ? "" : message.length() > 200 ? message.substring(0, 200) : message;
  }
}
