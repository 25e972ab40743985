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
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityChange;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;

/**
 * One activity (/lich/hoat-dong?id=): details, conflict warnings and the audit trail for anyone;
 * staff reschedule it and move it through the workflow here, a coordinator only what their agency
 * leads ({@link Activities} decides).
 */
@Path("lich/hoat-dong")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ActivityPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);
  private static final String STATUS_NAMES =
      java.util.Arrays.stream(ActivityStatus.values())
          .map(Enum::name)
          .collect(java.util.stream.Collectors.joining("|", "(", ")"));
  private static final java.util.regex.Pattern STATUS_STEP =
      java.util.regex.Pattern.compile(
          STATUS_NAMES + " → " + STATUS_NAMES + "(.*)", java.util.regex.Pattern.DOTALL);
  private static final List<String> FIELDS =
      List.of("date", "start", "end", "status", "reason", "version");

  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject CurrentPage page;

  /** The activity of this request, kept to show it again when a change is refused. */
  private Long activityId;

  public record Line(String label, String value) {}

  /** What the two staff forms show: the values typed and the mistakes, by field. */
  public record Form(String action, Map<String, String> values, Map<String, String> errors) {
    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    public String error(String field) {
      return errors.get(field);
    }
  }

  public record Model(
      long id,
      long version,
      String title,
      String description,
      List<Line> facts,
      List<String> conflicts,
      List<Line> history,
      String calendarLink,
      boolean open,
      List<ActivityStatus> nextStatuses,
      boolean saved,
      Form form) {}

  @GET
  public Page show(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id, @QueryParam("saved") String saved) {
    Activity activity = activities.read(id);
    return show(activity, "1".equals(saved), new Form(null, timeOf(activity), Map.of()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public Response change(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id, MultivaluedMap<String, String> form) {
    activityId = id;
    Map<String, String> values = values(form);
    Long version = FormFields.required(values, "version", Long::valueOf);
    switch (String.valueOf(form.getFirst("action"))) {
      case "schedule" -> {
        FormFields.Hours when = FormFields.hours(values);
        activities.reschedule(id, version, when.startsAt(), when.endsAt(), false);
      }
      case "status" ->
          activities.moveTo(
              id,
              version,
              FormFields.required(values, "status", ActivityStatus::valueOf),
              values.get("reason").isEmpty() ? null : values.get("reason"));
      default -> throw new InvalidInput("action", "không rõ / unknown");
    }
    return Page.seeOther("/lich/hoat-dong?id=" + id + "&saved=1");
  }

  /** The stored activity again (the failed change was rolled back) with the typed values. */
  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Map<String, String> errors =
        refusal.fields().isEmpty() ? Map.of("form", refusal.message()) : refusal.fields();
    return show(
        activities.get(activityId),
        false,
        new Form(String.valueOf(typed.getFirst("action")), values(typed), errors));
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  private Page show(Activity activity, boolean saved, Form form) {
    return new Page("calendar/activity.jte", model(page.t(), activity, saved, form));
  }

  private static Map<String, String> timeOf(Activity a) {
    return Map.of(
        "date", a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate().toString(),
        "start", a.startsAt().atZone(LocalTime.VIETNAM).toLocalTime().toString(),
        "end", a.endsAt().atZone(LocalTime.VIETNAM).toLocalTime().toString());
  }

  private Model model(Texts t, Activity a, boolean saved, Form form) {
    String where =
        String.join(
            ", ",
            Stream.of(a.place(), a.unit() == null ? null : a.unit().name())
                .filter(Objects::nonNull)
                .toList());
    List<Line> facts =
        List.of(
            new Line(t.get("activity.kind"), t.of(a.type())),
            new Line(t.get("activity.time"), TimeSpans.of(a.startsAt(), a.endsAt())),
            new Line(t.get("activity.place"), where.isEmpty() ? "—" : where),
            new Line(
                t.get("activity.status"),
                t.of(a.status()) + (a.statusReason() == null ? "" : ": " + a.statusReason())),
            new Line(t.get("activity.lead"), a.lead().name()),
            new Line(
                t.get("activity.partners"),
                a.partners().isEmpty()
                    ? "—"
                    : String.join("; ", a.partners().stream().map(Agency::name).toList())),
            new Line(t.get("activity.plan"), a.plan().title()),
            new Line(
                t.get("activity.task"),
                a.task() == null ? "—" : a.task().clause() + " " + a.task().title()));
    return new Model(
        a.id(),
        a.version(),
        a.title(),
        a.description(),
        facts,
        conflicts.of(a).stream().map(c -> warning(t, c)).toList(),
        activities.history(a.id()).stream()
            .map(c -> new Line(SHOWN.format(c.changedAt()) + " · " + c.changedBy(), inWords(c, t)))
            .toList(),
        "/lich?view=month&date=" + a.startsAt().atZone(LocalTime.VIETNAM).toLocalDate(),
        a.status().isOpen(),
        List.copyOf(a.status().next()),
        saved,
        form);
  }

  /**
   * A step of the audit trail as the reader says it. The stored record, which the API returns,
   * keeps codes ("RALLY", "PLANNED → CANCELLED", "lead: …"); the page names them in words ("Dự kiến
   * → Đã hủy", "Cơ quan chủ trì: …"). A line it does not recognise is shown as stored.
   */
  static String inWords(ActivityChange change, Texts t) {
    String summary = change.summary();
    return switch (change.action()) {
      case CREATED -> t.format("change.created", afterPrefix(summary, "created: "));
      case RESCHEDULED -> t.format("change.rescheduled", summary);
      case STATUS_CHANGED -> statusInWords(summary, t);
      case EDITED -> editsInWords(summary, t);
      case IMPORTED -> {
        // "Nhập từ tệp / imported from: son-la.yaml" then the fields, one per line.
        String[] lines = summary.split("\n", 2);
        String heading = t.format("change.imported", afterPrefix(lines[0], "imported from: "));
        yield lines.length == 1 ? heading : heading + "\n" + editsInWords(lines[1], t);
      }
    };
  }

  private static String editsInWords(String lines, Texts t) {
    return lines
        .lines()
        .map(line -> editInWords(line, t))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static String afterPrefix(String summary, String prefix) {
    int at = summary.indexOf(prefix);
    return at < 0 ? summary : summary.substring(at + prefix.length());
  }

  private static String statusInWords(String summary, Texts t) {
    java.util.regex.Matcher step = STATUS_STEP.matcher(summary);
    if (!step.matches()) {
      return summary;
    }
    return t.of(ActivityStatus.valueOf(step.group(1)))
        + " → "
        + t.of(ActivityStatus.valueOf(step.group(2)))
        + step.group(3);
  }

  private static final java.util.regex.Pattern EDIT_LINE =
      java.util.regex.Pattern.compile("([a-zA-Z]+): (.*) → (.*)", java.util.regex.Pattern.DOTALL);

  private static String editInWords(String line, Texts t) {
    java.util.regex.Matcher edit = EDIT_LINE.matcher(line);
    if (!edit.matches()) {
      return line;
    }
    String field = edit.group(1);
    String label = t.get("change.field." + field);
    if (label.equals("change.field." + field)) {
      return line;
    }
    return label
        + ": "
        + valueInWords(field, edit.group(2), t)
        + " → "
        + valueInWords(field, edit.group(3), t);
  }

  /** A field's stored value in words: types, channels, statuses and visibility by name. */
  public static String valueInWords(String field, String value, Texts t) {
    if (value.equals("∅")) {
      return t.get("change.none");
    }
    try {
      return switch (field) {
        case "type" -> t.of(vn.loaxanh.activities.entity.ActivityType.valueOf(value));
        case "channels" ->
            java.util.Arrays.stream(value.split(", "))
                .map(c -> t.of(vn.loaxanh.plans.entity.Channel.valueOf(c)))
                .collect(java.util.stream.Collectors.joining("; "));
        case "visibility" -> t.get("change.visibility." + value);
        case "status" -> t.of(ActivityStatus.valueOf(value));
        default -> value;
      };
    } catch (IllegalArgumentException notACode) {
      return value;
    }
  }

  /** A conflict warning in the reader's language. */
  public static String warning(Texts t, Conflicts.Conflict c) {
    String key =
        c.kind() == Conflicts.Kind.SAME_DISTRICT ? "activity.sameDistrict" : "activity.sameLead";
    return t.format(key, c.title(), TimeSpans.of(c.startsAt(), c.endsAt()));
  }
}
