package vn.loaxanh.reminders.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.reminders.control.Reminders;

/** Lets an operator run the reminder round now instead of waiting for the next quarter hour. */
@Path("api/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {
  @Inject Reminders reminders;

  public record Round(int queued) {}

  @POST
  @Path("run")
  @RolesAllowed(Roles.ADMIN)
  public Round run() {
    return new Round(reminders.queueDue());
  }
}
