package vn.loaxanh.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.people.control.PasswordResets;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.security.Roles;

/** An administrator sends a staff member a password-reset link by mail. */
@Path("api/staff/{id}/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PasswordResetsResource {
  @Inject PasswordResets resets;
  @Inject SiteAddress site;
  @Context HttpServletRequest request;

  public record Sent(String sentTo) {}

  @POST
  @Transactional
  public Response send(@PathParam("id") long id) {
    return Response.accepted(new Sent(resets.send(id, site.base(request)))).build();
  }
}
