package vn.loaxanh.activities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.LocalDate;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.ActivityFilter;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * Activities, filtered and paged. {@code from} and {@code to} are days (yyyy-MM-dd) in Vietnam;
 * {@code to} is inclusive.
 */
@Path("api/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {
  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject CurrentStaff staff;

  /** An activity as saved or read alone, with the clashes a planner should see. */
  private ActivityView withConflicts(vn.loaxanh.activities.entity.Activity activity) {
    return ActivityView.of(activity, conflicts.of(activity));
  }

  @GET
  @Transactional
  public Page<ActivityView> list(
      @QueryParam("planId") Long planId,
      @QueryParam("agencyId") Long agencyId,
      @QueryParam("districtId") Long districtId,
      @QueryParam("type") ActivityType type,
      @QueryParam("status") ActivityStatus status,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @Valid @BeanParam PageRequest paging) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInput("to", "trước ngày bắt đầu / before from");
    }
    var filter =
        new ActivityFilter(
            planId,
            agencyId,
            districtId,
            type,
            status,
            from == null ? null : from.atStartOfDay(LocalTime.VIETNAM).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant(),
            !staff.caller().isStaff());
    return activities.search(filter, paging).map(ActivityView::of);
  }

  @GET
  @Path("{id}")
  @Transactional
  public ActivityView get(@PathParam("id") long id) {
    return withConflicts(activities.read(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") ActivityInput input, @Context UriInfo uri) {
    var activity = activities.create(input.toDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
        .entity(withConflicts(activity))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public ActivityView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ActivityInput input) {
    return withConflicts(activities.update(id, input.version(), input.toDraft()));
  }

  /** Moves an activity in time; a done or cancelled one stays where it was. */
  @POST
  @Path("{id}/schedule")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public ActivityView reschedule(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ScheduleInput input) {
    return withConflicts(
        activities.reschedule(
            id,
            input.version(),
            input.startsAt().toInstant(),
            input.endsAt().toInstant(),
            Boolean.TRUE.equals(input.allDay())));
  }

  /** A step of the workflow: planned → confirmed → done, or cancelled/postponed with a reason. */
  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public ActivityView changeStatus(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") StatusInput input) {
    return withConflicts(
        activities.moveTo(
            id,
            input.version(),
            vn.loaxanh.platform.validation.OneOfValidator.parse(
                ActivityStatus.class, input.status()),
            input.reason()));
  }

  /** Who changed what and when, newest first. */
  @GET
  @Path("{id}/history")
  @Transactional
  public java.util.List<ChangeView> history(@PathParam("id") long id) {
    return activities.history(id).stream().map(ChangeView::of).toList();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  public Response delete(@PathParam("id") long id) {
    activities.delete(id);
    return Response.noContent().build();
  }
}
