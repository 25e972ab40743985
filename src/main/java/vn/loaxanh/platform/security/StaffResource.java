package vn.loaxanh.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Staff accounts, managed by admins. Passwords go in and never come out. */
@Path("api/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {
  @Inject StaffAccounts accounts;

  public record NewAccount(
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
          @Pattern(
              regexp = "^[a-z0-9._-]+$",
              message =
                  "chữ thường không dấu, số, '.', '_', '-' / lower-case ASCII, digits, '.', '_', '-'")
          String username,
      @NotBlank(message = "bắt buộc / required")
          @Size(min = 12, max = 200, message = "từ 12 đến 200 ký tự / 12 to 200 characters")
          String password,
      @NotBlank(message = "bắt buộc / required") String role,
      Long agencyId) {}

  public record AccountView(long id, String username, String role, Long agencyId) {
    static AccountView of(StaffAccount account) {
      return new AccountView(account.id(), account.username(), account.role(), account.agencyId());
    }
  }

  @GET
  public List<AccountView> list() {
    return accounts.list().stream().map(AccountView::of).toList();
  }

  @POST
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") NewAccount input, @Context UriInfo uri) {
    StaffAccount account =
        accounts.create(input.username(), input.password(), input.role(), input.agencyId());
    return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
        .entity(AccountView.of(account))
        .build();
  }
}
