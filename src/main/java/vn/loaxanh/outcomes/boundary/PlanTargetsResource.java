package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.outcomes.entity.TargetState;
import vn.loaxanh.platform.security.Roles;

/**
 * Targets of a plan, its tasks and activities ("at least one school contest"), each with its actual
 * and whether it is met, not met or in progress.
 */
@Path("api/plans/{id}/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanTargetsResource {
  @Inject Targets targets;

  public record TargetInput(
      Long taskId,
      Long activityId,
      @NotBlank(message = "bắt buộc / required") String metric,
      @NotNull(message = "bắt buộc / required") BigDecimal quantity,
      @Size(max = 500, message = "tối đa 500 ký tự / at most 500 characters") String note,
      Long version) {}

  public record TargetView(
      long id,
      Long taskId,
      Long activityId,
      String metric,
      String name,
      String unit,
      BigDecimal quantity,
      String note,
      BigDecimal actual,
      TargetState state,
      long version) {
    static TargetView of(Targets.Progress p) {
      var t = p.target();
      return new TargetView(
          t.id(),
          t.task() == null ? null : t.task().id(),
          t.activity() == null ? null : t.activity().id(),
          t.metric().code(),
          t.metric().nameVi(),
          t.metric().unit(),
          t.quantity(),
          t.note(),
          p.actual(),
          p.state(),
          t.version());
    }
  }

  @GET
  @Transactional
  public List<TargetView> list(@PathParam("id") long planId) {
    return targets.of(planId).stream().map(TargetView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response create(
      @PathParam("id") long planId,
      @Valid @NotNull(message = "bắt buộc / required") TargetInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(
            TargetView.of(
                targets.create(
                    planId,
                    input.taskId(),
                    input.activityId(),
                    input.metric(),
                    input.quantity(),
                    input.note())))
        .build();
  }
}
