package vn.loaxanh.observances.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.boundary.ActivityView;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.observances.control.Observance;
import vn.loaxanh.observances.control.ObservanceActivities;
import vn.loaxanh.observances.control.Observances;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.PlanYear;

/** The observances with their days and theme in a year, and a year's activities in one step. */
@Path("api/observances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservancesResource {
  @Inject Observances observances;
  @Inject ObservanceActivities observanceActivities;
  @Inject Conflicts conflicts;
  @Inject Clock clock;

  public record ObservanceView(
      String code,
      String name,
      String nameEn,
      int year,
      LocalDate firstDay,
      LocalDate lastDay,
      String time,
      ActivityType activityType,
      String activityTitle,
      Observance.YearTheme theme) {
    static ObservanceView of(Observance o, int year) {
      Observance.Days days = o.daysIn(year);
      return new ObservanceView(
          o.code(),
          o.name(),
          o.nameEn(),
          year,
          days.first(),
          days.last(),
          o.time() == null ? null : o.time().from() + "-" + o.time().to(),
          o.activityType(),
          o.activityTitleFor(year),
          o.themeOf(year).orElse(null));
    }
  }

  public record NewActivities(
      @NotNull(message = "bắt buộc / required") Integer year,
      @NotNull(message = "bắt buộc / required") Long planId,
      Long taskId,
      Long leadId,
      Set<Long> partnerIds,
      List<Long> unitIds) {}

  @GET
  public List<ObservanceView> list(@QueryParam("year") @PlanYear Integer year) {
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    return observances.all().stream().map(o -> ObservanceView.of(o, shown)).toList();
  }

  @GET
  @Path("{code}")
  public ObservanceView get(
      @PathParam("code") String code, @QueryParam("year") @PlanYear Integer year) {
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    return ObservanceView.of(
        observances.byCode(code).orElseThrow(() -> new NotFound("observance", code)), shown);
  }

  /**
   * Creates the year's activities for the observance in a plan, one per unit named; asked again, it
   * answers 200 with those already made and makes none twice.
   */
  @POST
  @Path("{code}/activities")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public Response createActivities(
      @PathParam("code") String code,
      @Valid @NotNull(message = "bắt buộc / required") NewActivities input) {
    var outcome =
        observanceActivities.create(
            new ObservanceActivities.Request(
                code,
                input.year(),
                input.planId(),
                input.taskId(),
                input.leadId(),
                input.partnerIds(),
                input.unitIds()));
    return Response.status(
            outcome.created().isEmpty() ? Response.Status.OK : Response.Status.CREATED)
        .entity(outcome.all().stream().map(a -> ActivityView.of(a, conflicts.of(a))).toList())
        .build();
  }
}
