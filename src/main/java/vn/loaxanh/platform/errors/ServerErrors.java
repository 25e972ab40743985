package vn.loaxanh.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: the operator gets the stack trace in the log under an incident id, the
 * client gets only the id.
 */
@Provider
public class ServerErrors implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, exception);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Lỗi máy chủ, mã sự cố " + incident + " / Server error, incident " + incident);
  }
}
