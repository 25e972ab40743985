package vn.loaxanh.activities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/** The staff form that schedules an activity (/lich/moi); a coordinator for their own agency. */
@Path("lich/moi")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class NewActivityPage implements FormPage {
  private static final List<String> FIELDS =
      List.of("planId", "type", "title", "leadId", "unitId", "date", "start", "end");

  @Inject Activities activities;
  @Inject Choices choices;
  @Inject Plans plans;
  @Inject CurrentPage page;

  /**
   * The form, in two steps without JavaScript: first the plan, then the rest, whose agencies and
   * districts are those of the plan's province. {@code plan} is null in the first step.
   */
  public record Model(
      String plan,
      Map<String, String> values,
      Map<String, String> errors,
      List<Option> plans,
      List<Option> types,
      List<Option> agencies,
      List<Option> districts) {}

  @GET
  public Page form(@QueryParam("planId") Long planId, @QueryParam("date") String date) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("planId", planId == null ? "" : planId.toString());
    values.put("date", date == null ? "" : date);
    values.put("start", "07:30");
    values.put("end", "11:00");
    return form(values, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response create(MultivaluedMap<String, String> form) {
    Activity created = activities.create(draft(values(form)));
    return Page.seeOther("/lich/hoat-dong?id=" + created.id());
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Map<String, String> errors =
        refusal.fields().isEmpty() ? Map.of("title", refusal.message()) : refusal.fields();
    return form(values(typed), errors);
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  private static Activities.Draft draft(Map<String, String> v) {
    ActivityType type = FormFields.required(v, "type", ActivityType::valueOf);
    String title = FormFields.required(v, "title", text -> text);
    if (title.length() > 300) {
      throw new InvalidInput("title", "tối đa 300 ký tự / at most 300 characters");
    }
    FormFields.Hours hours = FormFields.hours(v);
    return new Activities.Draft(
        FormFields.required(v, "planId", Long::valueOf),
        null,
        new Activity.Details(
            type, title, null, null, null, null, null, EnumSet.noneOf(Channel.class)),
        FormFields.required(v, "leadId", Long::valueOf),
        Set.of(),
        v.get("unitId").isEmpty() ? null : FormFields.required(v, "unitId", Long::valueOf),
        hours.startsAt(),
        hours.endsAt(),
        false,
        null);
  }

  private Page form(Map<String, String> values, Map<String, String> errors) {
    Plan plan = chosen(values.get("planId"));
    AdministrativeUnit province = plan == null ? null : plan.unit();
    return new Page(
        "calendar/new.jte",
        new Model(
            plan == null ? null : plan.year() + " — " + plan.title(),
            values,
            errors,
            choices.plans(),
            Arrays.stream(ActivityType.values())
                .map(t -> new Option(t.name(), page.t().of(t)))
                .toList(),
            choices.agenciesOf(province),
            choices.districtsOf(province)));
  }

  /** The plan the form is for, once chosen; none for an id that is not a plan's. */
  private Plan chosen(String planId) {
    if (planId == null || !planId.matches("\\d{1,18}")) {
      return null;
    }
    try {
      return plans.get(Long.parseLong(planId));
    } catch (NotFound unknown) {
      return null;
    }
  }
}
