package vn.loaxanh.platform.errors;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * Every JAX-RS exception becomes a problem document. Ours already carry one; those the runtime
 * throws (unknown path, wrong method, unsupported media type) get one here.
 */
@Provider
public class ClientErrors implements ExceptionMapper<WebApplicationException> {
  @Inject SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception instanceof ParamException wrongParameter
        && !(exception instanceof ParamException.PathParamException)) {
      // Jersey answers 404 for an unreadable query parameter; the client sent a bad value.
      return new InvalidInput(
              wrongParameter.getParameterName(), "giá trị không hợp lệ / invalid value")
          .getResponse();
    }
    if (exception instanceof ForbiddenException && security.getCallerPrincipal() == null) {
      // Refused for want of a login, not for the wrong one: ask for credentials.
      return toResponse(new NotAuthorizedException("Basic"));
    }
    Response response = exception.getResponse();
    if (Problems.PROBLEM_JSON.isCompatible(response.getMediaType())) {
      return response;
    }
    Response.StatusType status = response.getStatusInfo();
    Response problem = Problems.of(status, detailFor(status, exception));
    if (exception instanceof NotAuthorizedException) {
      return Response.fromResponse(problem)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Loa Xanh\", charset=\"UTF-8\"")
          .build();
    }
    return problem;
  }

  private static String detailFor(Response.StatusType status, WebApplicationException exception) {
    return switch (status.getStatusCode()) {
      case 401 -> "Cần đăng nhập tài khoản cán bộ / Staff login required";
      case 403 -> "Tài khoản không có quyền thực hiện việc này / This account may not do this";
      case 404 -> "Không tìm thấy / Not found";
      case 405 -> "Phương thức không được hỗ trợ / Method not allowed";
      case 406 -> "Không có định dạng phù hợp / No acceptable representation";
      case 415 -> "Định dạng nội dung không được hỗ trợ / Unsupported media type";
      default -> exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
    };
  }
}
