package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.loaxanh.outcomes.control.AgencyReports;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.outcomes.entity.AgencyReport;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.platform.security.Roles;

/**
 * The agencies' reports on a plan for one deadline ({@code dueOn}, e.g. 2024-11-15): who has
 * reported, each report with the figures of the activities its agency leads, submission, reopening
 * and reminders.
 */
@Path("api/plans/{id}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ReportsResource {
  @Inject AgencyReports reports;
  @Inject RollUps rollUps;

  public record StandingView(
      long agencyId,
      String agency,
      ReportStatus status,
      boolean late,
      Instant submittedAt,
      Long version) {}

  public record ReportView(
      long agencyId,
      String agency,
      LocalDate dueOn,
      ReportStatus status,
      String summary,
      Instant submittedAt,
      String submittedBy,
      String reopenedReason,
      List<RollUps.Row> figures,
      long version) {}

  public record SummaryInput(
      @Size(max = 20_000, message = "tối đa 20000 ký tự / at most 20000 characters") String summary,
      Long version) {}

  public record VersionInput(Long version) {}

  public record ReopenInput(
      @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String reason,
      Long version) {}

  @GET
  @Transactional
  public List<StandingView> standings(
      @PathParam("id") long planId, @QueryParam("dueOn") LocalDate dueOn) {
    return reports.standings(planId, dueOn).stream()
        .map(
            s ->
                new StandingView(
                    s.agency().id(),
                    s.agency().name(),
                    s.status(),
                    s.late(),
                    s.report().map(AgencyReport::submittedAt).orElse(null),
                    s.report().map(AgencyReport::version).orElse(null)))
        .toList();
  }

  /** The report, pre-filled with the figures of the agency's activities; a draft once opened. */
  @GET
  @Path("{agencyId}")
  @Transactional
  public ReportView get(
      @PathParam("id") long planId,
      @PathParam("agencyId") long agencyId,
      @QueryParam("dueOn") LocalDate dueOn) {
    return view(reports.open(planId, agencyId, dueOn));
  }

  @PUT
  @Path("{agencyId}")
  @Transactional
  public ReportView write(
      @PathParam("id") long planId,
      @PathParam("agencyId") long agencyId,
      @QueryParam("dueOn") LocalDate dueOn,
      @Valid @NotNull(message = "bắt buộc / required") SummaryInput input) {
    return view(reports.write(planId, agencyId, dueOn, input.version(), input.summary()));
  }

  @POST
  @Path("{agencyId}/submit")
  @Transactional
  public ReportView submit(
      @PathParam("id") long planId,
      @PathParam("agencyId") long agencyId,
      @QueryParam("dueOn") LocalDate dueOn,
      @NotNull(message = "bắt buộc / required") VersionInput input) {
    return view(reports.submit(planId, agencyId, dueOn, input.version()));
  }

  @POST
  @Path("{agencyId}/reopen")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public ReportView reopen(
      @PathParam("id") long planId,
      @PathParam("agencyId") long agencyId,
      @QueryParam("dueOn") LocalDate dueOn,
      @Valid @NotNull(message = "bắt buộc / required") ReopenInput input) {
    return view(reports.reopen(planId, agencyId, dueOn, input.version(), input.reason()));
  }

  /** Mails the agencies that have not submitted (once a day each); answers how many were queued. */
  @POST
  @Path("reminders")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Map<String, Integer> remind(
      @PathParam("id") long planId, @QueryParam("dueOn") LocalDate dueOn) {
    return Map.of("queued", reports.remind(planId, dueOn));
  }

  private ReportView view(AgencyReport report) {
    return new ReportView(
        report.agency().id(),
        report.agency().name(),
        report.dueOn(),
        report.status(),
        report.summary(),
        report.submittedAt(),
        report.submittedBy(),
        report.reopenedReason(),
        rollUps.rollUp(
            RollUps.Scope.agencyInPlan(report.plan().id(), report.agency().id()),
            RollUps.Dimension.ACTIVITY),
        report.version());
  }
}
