package vn.loaxanh.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures on request bodies and parameters, with a reason per field. */
@Provider
public class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Map<String, String> fields = new TreeMap<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      fields.merge(
          fieldOf(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
    }
    return new InvalidInput(fields).getResponse();
  }

  /**
   * The path of a violation on a resource method reads "create.arg0.title"; clients know the field
   * as "title", and a violation on the whole body as "body".
   */
  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {}
        case CONTAINER_ELEMENT -> {
          if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          }
        }
        default -> {
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(node.getName());
          if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
