package vn.loaxanh.observances.boundary;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.activities.boundary.ActivityPage;
import vn.loaxanh.activities.boundary.Choices;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.observances.control.Observance;
import vn.loaxanh.observances.control.ObservanceActivities;
import vn.loaxanh.observances.control.Observances;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.PlanYears;

/**
 * Creates a year's activities for an observance in one step: one per district chosen, titled and
 * timed from the observance and described with the year's theme. After saving, the page lists what
 * it made with each activity's conflicts.
 */
@Path("ngay-le/tao")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ObservanceActivitiesPage implements FormPage {
  private static final int MOST_SHOWN = 100;
  private static final String REQUIRED = "bắt buộc / required";

  @Inject Observances observances;
  @Inject ObservanceActivities observanceActivities;
  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject Choices choices;
  @Inject vn.loaxanh.plans.control.Plans plans;
  @Inject CurrentPage page;
  @Inject Clock clock;

  /** The observance of this request, kept to show the form again when it is refused. */
  private String code;

  /** An activity just made, with the warnings it raised. */
  public record Made(long id, String title, String unit, List<String> conflicts) {}

  public record Model(
      ObservancesPage.Row observance,
      int year,
      Map<String, String> values,
      List<String> chosenPartners,
      List<String> chosenDistricts,
      Map<String, String> errors,
      List<Option> plans,
      List<Option> agencies,
      List<Option> districts,
      List<Made> made,
      List<Made> existing,
      String plan) {}

  @GET
  public Page form(
      @QueryParam("code") @NotNull(message = REQUIRED) String code,
      @QueryParam("year") String year,
      @QueryParam("made") String made,
      @QueryParam("existing") String existing,
      @QueryParam("planId") String planId) {
    this.code = code;
    Map<String, String> values = new HashMap<>();
    values.put("planId", planId == null ? "" : planId.strip());
    values.put(
        "year",
        year == null || year.isBlank()
            ? Integer.toString(LocalDate.now(clock).getYear())
            : year.strip());
    return show(
        observance(),
        values,
        List.of(),
        List.of(),
        Map.of(),
        made(made, page.t()),
        made(existing, page.t()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response create(
      @QueryParam("code") @NotNull(message = REQUIRED) String code,
      MultivaluedMap<String, String> form) {
    this.code = code;
    Observance observance = observance();
    Map<String, String> values = values(form);
    ObservanceActivities.Outcome outcome =
        observanceActivities.create(
            new ObservanceActivities.Request(
                observance.code(),
                year(values.get("year")),
                id("planId", values.get("planId")),
                null,
                values.get("leadId").isEmpty() ? null : id("leadId", values.get("leadId")),
                FormFields.all(form, "partnerIds").stream()
                    .map(p -> id("partnerIds", p))
                    .collect(Collectors.toSet()),
                FormFields.all(form, "unitIds").stream().map(d -> id("unitIds", d)).toList()));
    return Page.seeOther(
        "/ngay-le/tao?code="
            + observance.code()
            + "&year="
            + values.get("year")
            + "&planId="
            + values.get("planId")
            + "&made="
            + ids(outcome.created())
            + "&existing="
            + ids(outcome.existing()));
  }

  private static String ids(List<Activity> activities) {
    return activities.stream().map(a -> a.id().toString()).collect(Collectors.joining(","));
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Map<String, String> errors =
        refusal.fields().isEmpty() ? Map.of("form", refusal.message()) : refusal.fields();
    return show(
        observance(),
        values(typed),
        FormFields.all(typed, "partnerIds"),
        FormFields.all(typed, "unitIds"),
        errors,
        List.of(),
        List.of());
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    for (String field : List.of("year", "planId", "leadId")) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  private Page show(
      Observance observance,
      Map<String, String> values,
      List<String> partners,
      List<String> districts,
      Map<String, String> errors,
      List<Made> made,
      List<Made> existing) {
    int year;
    try {
      year = year(values.get("year"));
    } catch (InvalidInput outOfRange) {
      year = LocalDate.now(clock).getYear();
      values.put("year", Integer.toString(year));
    }
    // The form comes in two steps without JavaScript: the plan first, then the agencies and
    // districts of its province.
    Plan plan = chosenPlan(values.get("planId"));
    AdministrativeUnit province = plan == null ? null : plan.unit();
    return new Page(
        "observances/create.jte",
        new Model(
            ObservancesPage.Row.of(observance, year, page.t().language()),
            year,
            values,
            partners,
            districts,
            errors,
            choices.plans(),
            choices.agenciesOf(province),
            choices.districtsOf(province),
            made,
            existing,
            plan == null ? null : plan.year() + " — " + plan.title()));
  }

  private Plan chosenPlan(String planId) {
    if (planId == null || !planId.matches("\\d{1,18}")) {
      return null;
    }
    try {
      return plans.get(Long.parseLong(planId));
    } catch (NotFound unknown) {
      return null;
    }
  }

  /** The activities named in the address after a save, each with its conflicts as of now. */
  private List<Made> made(String ids, Texts t) {
    if (ids == null || ids.isBlank()) {
      return List.of();
    }
    List<Made> made = new ArrayList<>();
    for (String id : new LinkedHashSet<>(Arrays.asList(ids.split(",")))) {
      if (made.size() == MOST_SHOWN) {
        break;
      }
      try {
        Activity a = activities.get(Long.parseLong(id.strip()));
        made.add(
            new Made(
                a.id(),
                a.title(),
                a.unit() == null ? "—" : a.unit().name(),
                conflicts.of(a).stream().map(c -> ActivityPage.warning(t, c)).toList()));
      } catch (NumberFormatException | NotFound gone) {
        // Deleted since, or a hand-edited address: show the others.
      }
    }
    return made;
  }

  private Observance observance() {
    return observances
        .byCode(String.valueOf(code).strip())
        .orElseThrow(() -> new NotFound("observance", code));
  }

  private static int year(String text) {
    try {
      return PlanYears.check("year", Integer.parseInt(text));
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("year", "không hợp lệ / invalid");
    }
  }

  private static long id(String field, String text) {
    if (text == null || text.isBlank() || text.equals("null")) {
      throw new InvalidInput(field, "bắt buộc / required");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }
}
