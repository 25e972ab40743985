package vn.loaxanh.plans.boundary;

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
import vn.loaxanh.plans.control.Directives;
import vn.loaxanh.plans.entity.DirectiveKind;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

@Path("api/directives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectivesResource {
  @Inject Directives directives;

  @GET
  public Page<DirectiveView> list(
      @QueryParam("kind") DirectiveKind kind, @Valid @BeanParam PageRequest paging) {
    return directives.list(kind, paging).map(DirectiveView::of);
  }

  @GET
  @Path("{id}")
  public DirectiveView get(@PathParam("id") long id) {
    return DirectiveView.of(directives.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") DirectiveInput input, @Context UriInfo uri) {
    var directive = directives.create(input.symbol(), input.toDescription());
    return Response.created(uri.getAbsolutePathBuilder().path(directive.id().toString()).build())
        .entity(DirectiveView.of(directive))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public DirectiveView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") DirectiveInput input) {
    return DirectiveView.of(directives.update(id, input.version(), input.toDescription()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response delete(@PathParam("id") long id) {
    directives.delete(id);
    return Response.noContent().build();
  }
}
