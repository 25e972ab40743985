package vn.loaxanh.agencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/**
 * The operations on administrative units, served for every level at {@code /units} and for
 * districts alone at {@code /districts}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class UnitsResource {
  @Inject Units units;

  /** The level this resource serves, or null for all. */
  abstract UnitLevel scope();

  @GET
  public Page<UnitView> list(
      @QueryParam("level") UnitLevel level, @Valid @BeanParam PageRequest paging) {
    return units.list(scope() == null ? level : scope(), paging).map(UnitView::of);
  }

  @GET
  @Path("{id}")
  public UnitView get(@PathParam("id") long id) {
    return UnitView.of(units.get(id, scope()));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") UnitInput input, @Context UriInfo uri) {
    var unit = units.create(input.code(), input.name(), levelOf(input), input.parentId());
    return Response.created(uri.getAbsolutePathBuilder().path(unit.id().toString()).build())
        .entity(UnitView.of(unit))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public UnitView update(
      @PathParam("id") long id, @Valid @NotNull(message = "bắt buộc / required") UnitInput input) {
    return UnitView.of(
        units.update(id, scope(), input.version(), input.name(), levelOf(input), input.parentId()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response delete(@PathParam("id") long id) {
    units.delete(id, scope());
    return Response.noContent().build();
  }

  private UnitLevel levelOf(UnitInput input) {
    if (scope() != null) {
      if (input.unitLevel() != null && input.unitLevel() != scope()) {
        throw new InvalidInput("level", "phải là " + scope() + " / must be " + scope());
      }
      return scope();
    }
    if (input.unitLevel() == null) {
      throw new InvalidInput("level", "bắt buộc / required");
    }
    return input.unitLevel();
  }
}
