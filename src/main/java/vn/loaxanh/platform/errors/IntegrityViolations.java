package vn.loaxanh.platform.errors;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;

/**
 * The database refused a change that the checks before it could not see coming, such as two
 * requests taking the same code at the same moment: a conflict, not a server error.
 */
@Provider
public class IntegrityViolations implements ExceptionMapper<PersistenceException> {
  private final ServerErrors serverErrors = new ServerErrors();

  @Override
  public Response toResponse(PersistenceException exception) {
    if (violatesIntegrity(exception)) {
      return new Conflict(
              "Dữ liệu trùng hoặc đang được dùng ở nơi khác",
              "The change clashes with stored data: a duplicate key or a record still in use")
          .getResponse();
    }
    return serverErrors.toResponse(exception);
  }

  static boolean violatesIntegrity(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
