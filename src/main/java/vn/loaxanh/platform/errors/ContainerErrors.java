package vn.loaxanh.platform.errors;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.loaxanh.platform.pages.Templates;

/**
 * Errors the server answers before the application sees the request, such as a login the
 * authentication mechanism refused, get the same problem documents as the API's own errors (see
 * {@code web.xml}). A browser asking for a page, not the API, gets the same words as a page.
 */
@WebServlet("/problem")
public class ContainerErrors extends HttpServlet {
  @Inject Templates templates;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : response.getStatus();
    String detail =
        switch (status) {
          case 401 -> "Cần đăng nhập tài khoản cán bộ / Staff login required";
          case 403 -> "Tài khoản không có quyền thực hiện việc này / This account may not do this";
          case 404 -> "Không tìm thấy / Not found";
          case 405 -> "Phương thức không được hỗ trợ / Method not allowed";
          default -> "Lỗi máy chủ / Server error";
        };
    if (wantsPage(request)) {
      templates.error(templates.context(request, response), response, status, detail);
      return;
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add(
                    "title",
                    jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : jakarta.ws.rs.core.Response.Status.fromStatusCode(status)
                            .getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }

  private static boolean wantsPage(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String accept = request.getHeader("Accept");
    return uri != null
        && !String.valueOf(uri).startsWith(request.getContextPath() + "/api/")
        && accept != null
        && accept.contains("text/html");
  }
}
