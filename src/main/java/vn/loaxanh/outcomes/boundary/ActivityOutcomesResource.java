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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import vn.loaxanh.outcomes.control.Actuals;
import vn.loaxanh.platform.security.Roles;

/**
 * The figures of one activity: what counts, typed by its lead agency or counted by the platform.
 */
@Path("api/activities/{id}/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityOutcomesResource {
  @Inject Actuals actuals;

  /**
   * A figure as stated: a non-negative number, the unit if the client states it (it must be the
   * measure's), a photo of the media library or an http(s) link as evidence, and a note (the
   * reason, for a correction).
   */
  public record StatementInput(
      @NotNull(message = "bắt buộc / required") BigDecimal quantity,
      @Size(max = 30, message = "tối đa 30 ký tự / at most 30 characters") String unit,
      @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String evidenceUrl,
      Long evidenceMediaId,
      @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String note) {
    Actuals.Statement statement() {
      return new Actuals.Statement(quantity, unit, evidenceUrl, evidenceMediaId, note);
    }
  }

  @GET
  @Transactional
  public List<FigureView> figures(@PathParam("id") long id) {
    return actuals.of(id).stream().map(FigureView::of).toList();
  }

  /**
   * The lead agency's figure for a measure it counts itself (coordinators of that agency, staff).
   */
  @PUT
  @Path("{metric}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public FigureView record(
      @PathParam("id") long id,
      @PathParam("metric") String metric,
      @Valid @NotNull(message = "bắt buộc / required") StatementInput input) {
    actuals.record(id, metric, input.statement());
    return figure(id, metric);
  }

  /** A correction beside an automatic count, with the reason in {@code note} (editors). */
  @PUT
  @Path("{metric}/correction")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public FigureView correct(
      @PathParam("id") long id,
      @PathParam("metric") String metric,
      @Valid @NotNull(message = "bắt buộc / required") StatementInput input) {
    actuals.correct(id, metric, input.statement());
    return figure(id, metric);
  }

  /** The measure's figure as it now stands. */
  private FigureView figure(long id, String metric) {
    return figures(id).stream().filter(f -> f.metric().equals(metric)).findFirst().orElseThrow();
  }
}
