package vn.loaxanh.plans.boundary;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.activities.boundary.Choices;
import vn.loaxanh.plans.control.Directives;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Channel;
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
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.Validated;

/**
 * A plan on one form (/quan-tri/ke-hoach/sua, ?id= to edit): its citation, issuer, province, year
 * and title, the directives it implements, purposes, themes, channels, reporting deadlines with the
 * agency that receives each, and reminder days; below it, the plan's tasks. The form is read into
 * the API's own {@link PlanInput}, so its Bean Validation rules and {@link Plans} apply unchanged.
 */
@Path("quan-tri/ke-hoach/sua")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class PlanEditorPage implements FormPage {
  /** Blank rows offered after the stored ones, to add themes and deadlines without JavaScript. */
  private static final int BLANK_ROWS = 2;

  private static final List<String> FIELDS =
      List.of(
          "code",
          "symbol",
          "issuer",
          "unitId",
          "issuedOn",
          "year",
          "title",
          "purposes",
          "fundingNote",
          "reminderDays",
          "version");

  @Inject Plans plans;
  @Inject Directives directives;
  @Inject Choices choices;
  @Inject Validated validated;
  @Inject java.time.Clock clock;
  @Inject CurrentPage page;
  @Inject vn.loaxanh.platform.security.CurrentStaff staff;

  /** The plan of this request (null for a new one), kept to show the form again. */
  private Long planId;

  public record ThemeRow(String title, String description) {}

  public record ChannelRow(String code, String name, boolean used, String note) {}

  public record DeadlineRow(String dueOn, String title, String agencyId) {}

  public record TaskRow(long id, String clause, String title, String lead) {}

  public record Model(
      Long id,
      String heading,
      boolean saved,
      boolean mayEdit,
      FormState form,
      List<String> directiveIds,
      List<ThemeRow> themes,
      List<ChannelRow> channels,
      List<DeadlineRow> deadlines,
      List<TaskRow> tasks,
      List<Option> provinces,
      List<Option> directives,
      List<Option> agencies) {}

  @GET
  @Transactional
  public Page form(@QueryParam("id") Long id, @QueryParam("saved") String saved) {
    if (id == null) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("year", Integer.toString(LocalDate.now(clock).getYear()));
      values.put("reminderDays", "7, 1");
      return show(
          null,
          "1".equals(saved),
          FormState.of(values),
          List.of(),
          List.of(),
          channelRows(Map.of()),
          List.of());
    }
    Plan plan = plans.get(id);
    return show(
        plan,
        "1".equals(saved),
        FormState.of(valuesOf(plan)),
        plan.directives().stream().map(d -> d.id().toString()).toList(),
        plan.themes().stream().map(t -> new ThemeRow(t.title(), orEmpty(t.description()))).toList(),
        channelRows(
            plan.channels().stream()
                .collect(Collectors.toMap(c -> c.channel().name(), c -> orEmpty(c.note())))),
        plan.reportingDeadlines().stream()
            .map(
                d ->
                    new DeadlineRow(
                        d.dueOn().toString(),
                        d.title(),
                        d.agency() == null ? "" : d.agency().id().toString()))
            .toList());
  }

  /** Editors write plans, as through the API; a coordinator reads them here. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response save(@QueryParam("id") Long id, MultivaluedMap<String, String> form) {
    planId = id;
    PlanInput input = input(form);
    validated.check(input);
    Plan plan =
        id == null
            ? plans.create(input.code(), input.toDescription())
            : plans.update(id, input.version(), input.toDescription());
    return Page.seeOther("/quan-tri/ke-hoach/sua?id=" + plan.id() + "&saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (String channel : FormFields.all(typed, "channels")) {
      notes.put(channel, String.valueOf(typed.getFirst("note." + channel)).strip());
    }
    List<ChannelRow> channels = channelRows(notes);
    return show(
        planId == null ? null : plans.get(planId),
        false,
        FormState.refused(FormState.read(typed, FIELDS), refusal),
        FormFields.all(typed, "directiveIds"),
        themeRows(typed),
        channels,
        deadlineRows(typed));
  }

  /** The form as the API's input record; what cannot be read is refused beside its field. */
  private PlanInput input(MultivaluedMap<String, String> form) {
    Map<String, String> v = FormState.read(form, FIELDS);
    Map<String, String> unreadable = new LinkedHashMap<>();
    Integer year = number(v, "year", unreadable);
    LocalDate issuedOn = date(v.get("issuedOn"), "issuedOn", unreadable);
    List<PlanInput.DeadlineInput> deadlines = new ArrayList<>();
    List<DeadlineRow> rows = deadlineRows(form);
    for (int i = 0; i < rows.size(); i++) {
      DeadlineRow row = rows.get(i);
      String field = "reportingDeadlines[" + i + "]";
      deadlines.add(
          new PlanInput.DeadlineInput(
              date(row.dueOn(), field + ".dueOn", unreadable),
              row.title(),
              id(row.agencyId(), field + ".agencyId", unreadable)));
    }
    List<Integer> reminderDays = new ArrayList<>();
    for (String day : v.get("reminderDays").split("[,;\\s]+")) {
      if (!day.isBlank()) {
        try {
          reminderDays.add(Integer.valueOf(day));
        } catch (NumberFormatException notANumber) {
          unreadable.put(
              "reminderDays",
              "ghi các số ngày, cách nhau bởi dấu phẩy / whole days, separated by commas");
        }
      }
    }
    Long unitId = id(v.get("unitId"), "unitId", unreadable);
    var directiveIds =
        FormFields.all(form, "directiveIds").stream()
            .map(d -> id(d, "directiveIds", unreadable))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Integer version = planId == null ? null : number(v, "version", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidInput(unreadable);
    }
    return new PlanInput(
        v.get("code").isEmpty() && planId != null ? plans.get(planId).code() : v.get("code"),
        blankAsNull(v.get("symbol")),
        v.get("issuer"),
        unitId,
        issuedOn,
        year,
        v.get("title"),
        blankAsNull(v.get("purposes")),
        blankAsNull(v.get("fundingNote")),
        directiveIds,
        themeRows(form).stream()
            .map(t -> new PlanInput.ThemeInput(t.title(), blankAsNull(t.description())))
            .toList(),
        FormFields.all(form, "channels").stream()
            .map(c -> new PlanInput.ChannelInput(c, blankAsNull(form.getFirst("note." + c))))
            .toList(),
        deadlines,
        reminderDays,
        version == null ? null : version.longValue());
  }

  /** The rows someone filled in: a row left wholly blank is no theme. */
  private static List<ThemeRow> themeRows(MultivaluedMap<String, String> form) {
    List<ThemeRow> rows = new ArrayList<>();
    for (int i = 0; form.containsKey("themes[" + i + "].title"); i++) {
      String title = field(form, "themes[" + i + "].title");
      String description = field(form, "themes[" + i + "].description");
      if (!title.isEmpty() || !description.isEmpty()) {
        rows.add(new ThemeRow(title, description));
      }
    }
    return rows;
  }

  private static List<DeadlineRow> deadlineRows(MultivaluedMap<String, String> form) {
    List<DeadlineRow> rows = new ArrayList<>();
    for (int i = 0; form.containsKey("reportingDeadlines[" + i + "].dueOn"); i++) {
      String prefix = "reportingDeadlines[" + i + "].";
      DeadlineRow row =
          new DeadlineRow(
              field(form, prefix + "dueOn"),
              field(form, prefix + "title"),
              field(form, prefix + "agencyId"));
      if (!row.dueOn().isEmpty() || !row.title().isEmpty() || !row.agencyId().isEmpty()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<ChannelRow> channelRows(Map<String, String> used) {
    return Arrays.stream(Channel.values())
        .map(
            c ->
                new ChannelRow(
                    c.name(),
                    c.name(),
                    used.containsKey(c.name()),
                    used.getOrDefault(c.name(), "")))
        .toList();
  }

  private Page show(
      Plan plan,
      boolean saved,
      FormState form,
      List<String> directiveIds,
      List<ThemeRow> themes,
      List<ChannelRow> channels,
      List<DeadlineRow> deadlines) {
    var t = page.t();
    List<ThemeRow> themeRows = new ArrayList<>(themes);
    List<DeadlineRow> deadlineRows = new ArrayList<>(deadlines);
    for (int i = 0; i < BLANK_ROWS; i++) {
      themeRows.add(new ThemeRow("", ""));
      deadlineRows.add(new DeadlineRow("", "", ""));
    }
    return new Page(
        "plans/editor.jte",
        new Model(
            plan == null ? null : plan.id(),
            plan == null ? t.get("plans.new") : t.format("plans.editTitle", plan.title()),
            saved,
            staff.caller().isEditor(),
            form,
            directiveIds,
            themeRows,
            channels.stream()
                .map(
                    c ->
                        new ChannelRow(
                            c.code(), t.of(Channel.valueOf(c.code())), c.used(), c.note()))
                .toList(),
            deadlineRows,
            plan == null
                ? List.of()
                : plan.tasks().stream()
                    .sorted(Task.BY_CLAUSE_ORDER)
                    .map(k -> new TaskRow(k.id(), k.clause(), k.title(), k.lead().name()))
                    .toList(),
            choices.provinces(),
            directives.list(null, new PageRequest(0, 500)).items().stream()
                .map(d -> new Option(d.id().toString(), d.symbol() + " — " + d.title()))
                .toList(),
            choices.agenciesOf(plan == null ? null : plan.unit())));
  }

  private static Map<String, String> valuesOf(Plan plan) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", plan.code());
    values.put("symbol", orEmpty(plan.symbol()));
    values.put("issuer", plan.issuer());
    values.put("unitId", plan.unit() == null ? "" : plan.unit().id().toString());
    values.put("issuedOn", plan.issuedOn() == null ? "" : plan.issuedOn().toString());
    values.put("year", Integer.toString(plan.year()));
    values.put("title", plan.title());
    values.put("purposes", orEmpty(plan.purposes()));
    values.put("fundingNote", orEmpty(plan.fundingNote()));
    values.put(
        "reminderDays",
        plan.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    values.put("version", Long.toString(plan.version()));
    return values;
  }

  private static String field(MultivaluedMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null ? "" : value.strip();
  }

  private static Integer number(
      Map<String, String> v, String field, Map<String, String> unreadable) {
    try {
      return Integer.valueOf(v.get(field));
    } catch (NumberFormatException notANumber) {
      unreadable.put(
          field, v.get(field).isEmpty() ? "bắt buộc / required" : "không hợp lệ / invalid");
      return null;
    }
  }

  private static LocalDate date(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException notADate) {
      unreadable.put(field, "ngày không hợp lệ / invalid date");
      return null;
    }
  }

  private static Long id(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException notANumber) {
      unreadable.put(field, "không hợp lệ / invalid");
      return null;
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
