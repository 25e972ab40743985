package vn.loaxanh.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
  @Inject CurrentStaff staff;

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
      Long agencyId,
      @Email(message = "không phải địa chỉ e-mail / not an e-mail address")
          @Size(max = 254, message = "tối đa 254 ký tự / at most 254 characters")
          String email) {}

  /** What an admin changes on an account; the password is changed by its owner or a reset. */
  public record AccountChange(
      @NotBlank(message = "bắt buộc / required") String role,
      Long agencyId,
      @Email(message = "không phải địa chỉ e-mail / not an e-mail address")
          @Size(max = 254, message = "tối đa 254 ký tự / at most 254 characters")
          String email,
      boolean disabled,
      @NotNull(message = "bắt buộc / required") Long version) {}

  public record PasswordChange(
      @NotBlank(message = "bắt buộc / required") String currentPassword,
      @NotBlank(message = "bắt buộc / required")
          @Size(min = 12, max = 200, message = "từ 12 đến 200 ký tự / 12 to 200 characters")
          String newPassword) {}

  public record AccountView(
      long id,
      String username,
      String role,
      Long agencyId,
      String email,
      boolean active,
      long version) {
    static AccountView of(StaffAccount account) {
      return new AccountView(
          account.id(),
          account.username(),
          account.role(),
          account.agencyId(),
          account.email(),
          account.isActive(),
          account.version());
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
        accounts.create(
            input.username(), input.password(), input.role(), input.agencyId(), input.email());
    return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
        .entity(AccountView.of(account))
        .build();
  }

  /** Role, agency, e-mail and whether the account is disabled; a disabled one's sessions end. */
  @PUT
  @Path("{id}")
  @Transactional
  public AccountView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") AccountChange change) {
    return AccountView.of(
        accounts.update(
            id,
            change.version(),
            change.role(),
            change.agencyId(),
            change.email(),
            change.disabled()));
  }

  /** The caller's own password; their other sessions end (the API keeps no session). */
  @PUT
  @Path("me/password")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.JUDGE})
  @Transactional
  public Response changeOwnPassword(
      @Valid @NotNull(message = "bắt buộc / required") PasswordChange change) {
    accounts.changePassword(staff.name(), change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
