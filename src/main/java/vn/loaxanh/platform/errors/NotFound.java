package vn.loaxanh.platform.errors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/** A path naming a record that does not exist. */
public class NotFound extends NotFoundException {
  public NotFound(String what, Object id) {
    this(what + " " + id);
  }

  private NotFound(String subject) {
    super(
        subject, Problems.of(Response.Status.NOT_FOUND, "Không tìm thấy / Not found: " + subject));
  }
}
