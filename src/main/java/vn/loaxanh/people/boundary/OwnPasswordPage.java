package vn.loaxanh.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.LoginCookies;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.security.StaffAccounts;

/**
 * Every staff member changes their own password here (/doi-mat-khau). The change ends the account's
 * other sessions; this one gets a new cookie and stays logged in.
 */
@Path("doi-mat-khau")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.JUDGE})
public class OwnPasswordPage implements FormPage {
  @Inject StaffAccounts accounts;
  @Inject CurrentStaff staff;
  @Inject LoginCookies cookies;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  public record Model(FormState form, boolean changed) {}

  @GET
  public Page form(@QueryParam("changed") String changed) {
    return new Page("people/password.jte", new Model(FormState.of(Map.of()), "1".equals(changed)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response change(MultivaluedMap<String, String> form) {
    String next = form.getFirst("newPassword");
    if (next == null || !next.equals(form.getFirst("repeat"))) {
      throw new InvalidInput("repeat", "hai lần nhập không giống nhau / the two entries differ");
    }
    String username = staff.name();
    accounts.changePassword(username, form.getFirst("currentPassword"), next);
    cookies.issue(accounts.find(username).orElseThrow(), request, response);
    return Page.seeOther("/doi-mat-khau?changed=1");
  }

  /** Passwords are never shown again, typed or not. */
  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return new Page(
        "people/password.jte",
        new Model(FormState.refused(FormState.read(typed, List.of()), refusal), false));
  }
}
