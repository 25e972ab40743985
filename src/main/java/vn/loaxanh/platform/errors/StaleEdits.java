package vn.loaxanh.platform.errors;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two people saved the same record at once; the later one is told to reload. */
@Provider
public class StaleEdits implements ExceptionMapper<OptimisticLockException> {
  @Override
  public Response toResponse(OptimisticLockException exception) {
    return Conflict.staleEdit().getResponse();
  }
}
