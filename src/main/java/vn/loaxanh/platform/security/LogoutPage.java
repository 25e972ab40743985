package vn.loaxanh.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import vn.loaxanh.platform.pages.FormTokens;

/** Đăng xuất: a post from the page header clears the login cookie. */
@WebServlet("/dang-xuat")
public class LogoutPage extends HttpServlet {
  @Inject LoginCookies cookies;
  @Inject FormTokens tokens;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Principal staff = request.getUserPrincipal();
    boolean genuine =
        staff == null ? FormTokens.fromThisSite(request) : tokens.accepts(request, staff.getName());
    if (!genuine) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    cookies.clear(request, response);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/su-kien");
  }
}
