package vn.loaxanh.activities.boundary;

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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/**
 * The whole of an activity on one form (/lich/sua?id=): what it is, its task, who leads and helps,
 * where, over which days, on which channels, and whether the public sees it; and deleting it. The
 * agencies and districts offered are the plan's province's; {@link Activities} decides who may
 * change what, as for the API.
 */
@Path("lich/sua")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class EditActivityPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final List<String> FIELDS =
      List.of(
          "type",
          "title",
          "taskId",
          "leadId",
          "unitId",
          "place",
          "description",
          "audience",
          "plannedQuantity",
          "quantityUnit",
          "startDate",
          "startTime",
          "endDate",
          "endTime",
          "allDay",
          "internal",
          "version");

  @Inject Activities activities;
  @Inject Choices choices;
  @Inject CurrentPage page;

  /** The activity of this request, kept to show the form again when a change is refused. */
  private Long activityId;

  public record Model(
      long id,
      String title,
      String plan,
      FormState form,
      List<String> partners,
      List<String> channels,
      List<Option> types,
      List<Option> tasks,
      List<Option> agencies,
      List<Option> districts,
      List<Option> allChannels) {}

  @GET
  public Page form(@QueryParam("id") @NotNull(message = REQUIRED) Long id) {
    Activity activity = activities.get(id);
    return show(
        activity,
        FormState.of(valuesOf(activity)),
        activity.partners().stream().map(a -> a.id().toString()).toList(),
        activity.channels().stream().map(Enum::name).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id, MultivaluedMap<String, String> form) {
    activityId = id;
    Map<String, String> v = FormState.read(form, FIELDS);
    if ("delete".equals(form.getFirst("action"))) {
      if (!"yes".equals(form.getFirst("confirm"))) {
        throw new InvalidInput(
            "confirm", "đánh dấu ô xác nhận để xóa / tick the box to confirm the deletion");
      }
      String month =
          activities.get(id).startsAt().atZone(LocalTime.VIETNAM).toLocalDate().toString();
      activities.delete(id);
      return Page.seeOther("/lich?view=month&date=" + month);
    }
    boolean allDay = "on".equals(v.get("allDay"));
    FormFields.Hours span = FormFields.span(v, allDay);
    Activity before = activities.get(id);
    activities.update(
        id,
        FormFields.required(v, "version", Long::valueOf),
        new Activities.Draft(
            before.plan().id(),
            optionalId(v, "taskId"),
            new Activity.Details(
                FormFields.required(v, "type", ActivityType::valueOf),
                FormFields.required(v, "title", text -> text),
                blankAsNull(v.get("description")),
                blankAsNull(v.get("place")),
                blankAsNull(v.get("audience")),
                v.get("plannedQuantity").isEmpty()
                    ? null
                    : FormFields.required(v, "plannedQuantity", Integer::valueOf),
                blankAsNull(v.get("quantityUnit")),
                FormFields.all(form, "channels").stream()
                    .map(
                        c ->
                            FormFields.required(
                                Map.of("channels", c), "channels", Channel::valueOf))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))),
                "on".equals(v.get("internal"))),
            FormFields.required(v, "leadId", Long::valueOf),
            FormFields.all(form, "partnerIds").stream()
                .map(p -> FormFields.required(Map.of("partnerIds", p), "partnerIds", Long::valueOf))
                .collect(Collectors.toSet()),
            optionalId(v, "unitId"),
            span.startsAt(),
            span.endsAt(),
            allDay,
            null));
    return Page.seeOther("/lich/hoat-dong?id=" + id + "&saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    // The rules name the stored fields; the form shows them beside the days they come from.
    FormState refused =
        FormState.refused(FormState.read(typed, FIELDS), refusal)
            .movingError("startsAt", "startDate")
            .movingError("endsAt", "endDate");
    return show(
        activities.get(activityId),
        refused,
        FormFields.all(typed, "partnerIds"),
        FormFields.all(typed, "channels"));
  }

  private Page show(
      Activity activity, FormState form, List<String> partners, List<String> channels) {
    var t = page.t();
    var province = activity.plan().unit();
    return new Page(
        "calendar/edit.jte",
        new Model(
            activity.id(),
            activity.title(),
            activity.plan().year() + " — " + activity.plan().title(),
            form,
            partners,
            channels,
            Arrays.stream(ActivityType.values()).map(k -> new Option(k.name(), t.of(k))).toList(),
            activity.plan().tasks().stream()
                .sorted(Task.BY_CLAUSE_ORDER)
                .map(task -> new Option(task.id().toString(), task.clause() + " " + task.title()))
                .toList(),
            choices.agenciesOf(province),
            choices.districtsOf(province),
            Arrays.stream(Channel.values()).map(c -> new Option(c.name(), t.of(c))).toList()));
  }

  private static Map<String, String> valuesOf(Activity a) {
    ZonedDateTime start = a.startsAt().atZone(LocalTime.VIETNAM);
    ZonedDateTime end = a.endsAt().atZone(LocalTime.VIETNAM);
    // A whole-day span ends at the next midnight; the form shows its last day.
    LocalDate lastDay = a.allDay() ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("type", a.type().name());
    values.put("title", a.title());
    values.put("taskId", a.task() == null ? "" : a.task().id().toString());
    values.put("leadId", a.lead().id().toString());
    values.put("unitId", a.unit() == null ? "" : a.unit().id().toString());
    values.put("place", orEmpty(a.place()));
    values.put("description", orEmpty(a.description()));
    values.put("audience", orEmpty(a.audience()));
    values.put(
        "plannedQuantity", a.plannedQuantity() == null ? "" : a.plannedQuantity().toString());
    values.put("quantityUnit", orEmpty(a.quantityUnit()));
    values.put("startDate", start.toLocalDate().toString());
    values.put("startTime", start.toLocalTime().toString());
    values.put(
        "endDate",
        (lastDay.isBefore(start.toLocalDate()) ? start.toLocalDate() : lastDay).toString());
    values.put("endTime", end.toLocalTime().toString());
    values.put("allDay", a.allDay() ? "on" : "");
    values.put("internal", a.internal() ? "on" : "");
    values.put("version", Long.toString(a.version()));
    return values;
  }

  private static Long optionalId(Map<String, String> v, String field) {
    return v.get(field).isEmpty() ? null : FormFields.required(v, field, Long::valueOf);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
