package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.platform.security.Roles;

/** One target: its quantity and note change, or it goes. */
@Path("api/targets/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {
  @Inject Targets targets;

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public PlanTargetsResource.TargetView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") PlanTargetsResource.TargetInput input) {
    return PlanTargetsResource.TargetView.of(
        targets.update(id, input.version(), input.quantity(), input.note()));
  }

  @DELETE
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response delete(@PathParam("id") long id) {
    targets.delete(id);
    return Response.noContent().build();
  }
}
