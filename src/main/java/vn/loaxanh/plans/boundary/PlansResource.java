package vn.loaxanh.plans.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.control.Tasks;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/** Plans with their tasks; a plan's activities are listed with it and written at /activities. */
@Path("api/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {
  @Inject Plans plans;
  @Inject Tasks tasks;
  @PersistenceContext EntityManager em;

  @GET
  @Transactional
  public Page<PlanView> list(
      @QueryParam("year") Integer year,
      @QueryParam("unitId") Long unitId,
      @Valid @BeanParam PageRequest paging) {
    return plans.list(year, unitId, paging).map(this::view);
  }

  @GET
  @Path("{id}")
  @Transactional
  public PlanView get(@PathParam("id") long id) {
    return view(plans.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") PlanInput input, @Context UriInfo uri) {
    Plan plan = plans.create(input.code(), input.toDescription());
    return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
        .entity(view(plan))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public PlanView update(
      @PathParam("id") long id, @Valid @NotNull(message = "bắt buộc / required") PlanInput input) {
    return view(plans.update(id, input.version(), input.toDescription()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response delete(@PathParam("id") long id) {
    plans.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/tasks")
  @Transactional
  public java.util.List<TaskView> tasks(@PathParam("id") long id) {
    return plans.get(id).tasks().stream().map(TaskView::of).toList();
  }

  @GET
  @Path("{id}/tasks/{taskId}")
  @Transactional
  public TaskView task(@PathParam("id") long id, @PathParam("taskId") long taskId) {
    return TaskView.of(tasks.get(id, taskId));
  }

  @POST
  @Path("{id}/tasks")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response createTask(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") TaskInput input,
      @Context UriInfo uri) {
    var task = tasks.create(id, input.clause(), input.toDescription());
    return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build())
        .entity(TaskView.of(task))
        .build();
  }

  @PUT
  @Path("{id}/tasks/{taskId}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public TaskView updateTask(
      @PathParam("id") long id,
      @PathParam("taskId") long taskId,
      @Valid @NotNull(message = "bắt buộc / required") TaskInput input) {
    return TaskView.of(tasks.update(id, taskId, input.version(), input.toDescription()));
  }

  @DELETE
  @Path("{id}/tasks/{taskId}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response deleteTask(@PathParam("id") long id, @PathParam("taskId") long taskId) {
    tasks.delete(id, taskId);
    return Response.noContent().build();
  }

  private PlanView view(Plan plan) {
    var activities =
        em.createNamedQuery(Activity.OF_PLAN, Activity.class)
            .setParameter("plan", plan)
            .getResultList();
    return PlanView.of(plan, activities);
  }
}
