package vn.loaxanh.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.loaxanh.people.control.PasswordResets;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.StaffLogin;

/**
 * Where a password-reset link leads (/dat-lai-mat-khau?token=): a new password, typed twice. The
 * link is the credential, so no login is asked; it works once and for 24 hours.
 */
@Path("dat-lai-mat-khau")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PasswordResetPage implements FormPage {
  @Inject PasswordResets resets;

  /** The link of this request, kept to show the form again. */
  private String token;

  public record Model(String token, String username, FormState form) {}

  @GET
  @Transactional
  public Page form(@QueryParam("token") String token) {
    return show(token, FormState.of(Map.of()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response reset(@QueryParam("token") String token, MultivaluedMap<String, String> form) {
    this.token = token;
    String password = form.getFirst("password");
    if (password == null || !password.equals(form.getFirst("repeat"))) {
      throw new InvalidInput("repeat", "hai lần nhập không giống nhau / the two entries differ");
    }
    resets.reset(token, password);
    return Page.seeOther(StaffLogin.LOGIN_PAGE + "?reset=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(token, FormState.refused(FormState.read(typed, List.of()), refusal));
  }

  private Page show(String token, FormState form) {
    return new Page(
        "people/reset.jte",
        new Model(token, resets.accountOf(token).map(a -> a.username()).orElse(null), form));
  }
}
