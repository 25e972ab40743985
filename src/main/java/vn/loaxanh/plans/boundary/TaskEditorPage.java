package vn.loaxanh.plans.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.activities.boundary.Choices;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.control.Tasks;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.Validated;

/**
 * One task of a plan (/quan-tri/ke-hoach/nhiem-vu?plan=, &id= to edit): its clause, title,
 * description, lead and partner agencies, read into the API's {@link TaskInput}; and deleting it.
 */
@Path("quan-tri/ke-hoach/nhiem-vu")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class TaskEditorPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final List<String> FIELDS =
      List.of("clause", "title", "description", "leadId", "version");

  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Choices choices;
  @Inject Validated validated;
  @Inject CurrentPage page;

  /** The plan and task of this request, kept to show the form again. */
  private Long planId;

  private Long taskId;

  public record Model(
      long planId,
      Long id,
      String plan,
      String heading,
      FormState form,
      List<String> partners,
      List<Option> agencies) {}

  @GET
  @Transactional
  public Page form(
      @QueryParam("plan") @NotNull(message = REQUIRED) Long plan, @QueryParam("id") Long id) {
    if (id == null) {
      return show(plans.get(plan), null, FormState.of(Map.of()), List.of());
    }
    Task task = tasks.get(plan, id);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("clause", task.clause());
    values.put("title", task.title());
    values.put("description", task.description() == null ? "" : task.description());
    values.put("leadId", task.lead().id().toString());
    values.put("version", Long.toString(task.version()));
    return show(
        task.plan(),
        task,
        FormState.of(values),
        task.partners().stream().map(a -> a.id().toString()).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(
      @QueryParam("plan") @NotNull(message = REQUIRED) Long plan,
      @QueryParam("id") Long id,
      MultivaluedMap<String, String> form) {
    planId = plan;
    taskId = id;
    String back = "/quan-tri/ke-hoach/sua?id=" + plan + "&saved=1";
    if (id != null && "delete".equals(form.getFirst("action"))) {
      if (!"yes".equals(form.getFirst("confirm"))) {
        throw new InvalidInput(
            "confirm", "đánh dấu ô xác nhận để xóa / tick the box to confirm the deletion");
      }
      tasks.delete(plan, id);
      return Page.seeOther(back);
    }
    Map<String, String> v = FormState.read(form, FIELDS);
    TaskInput input =
        new TaskInput(
            id == null ? v.get("clause") : tasks.get(plan, id).clause(),
            v.get("title"),
            v.get("description").isEmpty() ? null : v.get("description"),
            v.get("leadId").isEmpty() ? null : FormFields.required(v, "leadId", Long::valueOf),
            FormFields.all(form, "partnerIds").stream()
                .map(p -> FormFields.required(Map.of("partnerIds", p), "partnerIds", Long::valueOf))
                .collect(Collectors.toSet()),
            id == null ? null : FormFields.required(v, "version", Long::valueOf));
    validated.check(input);
    if (id == null) {
      tasks.create(plan, input.clause(), input.toDescription());
    } else {
      tasks.update(plan, id, input.version(), input.toDescription());
    }
    return Page.seeOther(back);
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(
        plans.get(planId),
        taskId == null ? null : tasks.get(planId, taskId),
        FormState.refused(FormState.read(typed, FIELDS), refusal),
        FormFields.all(typed, "partnerIds"));
  }

  private Page show(Plan plan, Task task, FormState form, List<String> partners) {
    var t = page.t();
    return new Page(
        "plans/task.jte",
        new Model(
            plan.id(),
            task == null ? null : task.id(),
            plan.year() + " — " + plan.title(),
            task == null ? t.get("plans.newTask") : t.format("plans.editTask", task.clause()),
            form,
            partners,
            choices.agenciesOf(plan.unit())));
  }
}
