package vn.loaxanh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.platform.pages.Page;

/**
 * Đăng xuất: a post from the page header clears the login cookie. A staff member's post carries the
 * form token like any staff form ({@code StaffForms}).
 */
@Path("dang-xuat")
@RequestScoped
public class LogoutPage {
  @Inject LoginCookies cookies;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @POST
  public Response logOut() {
    LoginPage.requireThisSite(request);
    cookies.clear(request, response);
    return Page.seeOther("/su-kien");
  }
}
