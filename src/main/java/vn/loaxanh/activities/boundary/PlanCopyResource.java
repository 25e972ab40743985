package vn.loaxanh.activities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.loaxanh.activities.control.PlanCopies;
import vn.loaxanh.platform.Codes;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.PlanYear;

/** Copies a plan to a later year with its tasks and activities shifted. */
@Path("api/plans/{id}/copy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanCopyResource {
  @Inject PlanCopies copies;

  public record CopyInput(
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
          @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
          String code,
      @NotNull(message = "bắt buộc / required") @PlanYear Integer year) {}

  public record CopyView(long id, String code, int year) {}

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response copy(
      @PathParam("id") long id, @Valid @NotNull(message = "bắt buộc / required") CopyInput input) {
    var plan = copies.copy(id, input.code(), input.year());
    return Response.created(UriBuilder.fromPath("/api/plans/{id}").build(plan.id()))
        .entity(new CopyView(plan.id(), plan.code(), plan.year()))
        .build();
  }
}
