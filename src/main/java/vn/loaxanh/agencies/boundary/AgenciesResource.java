package vn.loaxanh.agencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

@Path("api/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgenciesResource {
  @Inject Agencies agencies;

  @GET
  public Page<AgencyView> list(
      @QueryParam("unitId") Long unitId,
      @QueryParam("kind") AgencyKind kind,
      @Valid @BeanParam PageRequest paging) {
    return agencies.list(unitId, kind, paging).map(AgencyView::of);
  }

  @GET
  @Path("{id}")
  public AgencyView get(@PathParam("id") long id) {
    return AgencyView.of(agencies.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") AgencyInput input, @Context UriInfo uri) {
    var agency = agencies.create(input.code(), input.toDescription());
    return Response.created(uri.getAbsolutePathBuilder().path(agency.id().toString()).build())
        .entity(AgencyView.of(agency))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public AgencyView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") AgencyInput input) {
    return AgencyView.of(agencies.update(id, input.version(), input.toDescription()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response delete(@PathParam("id") long id) {
    agencies.delete(id);
    return Response.noContent().build();
  }
}
