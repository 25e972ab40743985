package vn.loaxanh.outcomes.boundary;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.outcomes.control.Actuals;
import vn.loaxanh.outcomes.control.AgencyReports;
import vn.loaxanh.outcomes.control.ReportFilings;
import vn.loaxanh.outcomes.control.ReportFilings.ActivityFiling;
import vn.loaxanh.outcomes.control.ReportFilings.Filing;
import vn.loaxanh.outcomes.entity.AgencyReport;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * An agency's report for a plan's deadline (/bao-cao): the figures of the activities it leads with
 * their evidence, the summary, save or submit. A coordinator's agency is always their own. The form
 * is filed in one piece by {@link ReportFilings}.
 */
@Path("bao-cao")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class AgencyReportPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject AgencyReports reports;
  @Inject ReportFilings filings;
  @Inject Actuals actuals;
  @Inject MediaLibrary media;
  @Inject CurrentStaff staff;
  @Inject CurrentPage page;
  @Inject Clock clock;

  /** The plan, deadline and agency the address names; kept to show the form again. */
  private Long plan;

  private LocalDate dueOn;
  private Long agency;

  /** The text fields of a post, kept to show the form again if it is refused. */
  private final MultivaluedMap<String, String> typed = new MultivaluedHashMap<>();

  public record Box(
      String name, String label, String unit, String value, boolean automatic, boolean editable) {}

  public record Row(
      long id, String title, String when, String evidenceName, String evidence, List<Box> boxes) {}

  public record Model(
      List<Option> choices,
      String chosen,
      Long planId,
      String dueOn,
      Long agencyId,
      String agency,
      String deadline,
      String status,
      boolean editable,
      String summary,
      long version,
      List<Row> rows,
      Map<String, String> errors,
      String problem,
      boolean saved) {}

  @GET
  public Page show(
      @QueryParam("plan") Long plan,
      @QueryParam("dueOn") LocalDate dueOn,
      @QueryParam("agency") Long agency,
      @QueryParam("saved") String saved) {
    choose(plan, dueOn, agency);
    return show(null, "1".equals(saved));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  public Response file(
      @QueryParam("plan") Long plan,
      @QueryParam("dueOn") LocalDate dueOn,
      @QueryParam("agency") Long agency,
      @NotNull(message = REQUIRED) List<EntityPart> parts)
      throws IOException {
    choose(plan, dueOn, agency);
    Map<Long, Map<String, String>> figures = new HashMap<>();
    Map<Long, String> evidence = new HashMap<>();
    Map<Long, ReportFilings.Photo> photos = new HashMap<>();
    for (EntityPart part : parts) {
      String name = part.getName();
      if (name.startsWith("photo.")) {
        try (InputStream in = part.getContent()) {
          byte[] bytes = in.readNBytes(media.readLimit());
          if (bytes.length > 0) {
            photos.put(activityOf(name, 1), new ReportFilings.Photo(bytes));
          }
        }
        continue;
      }
      String value = part.getContent(String.class);
      typed.add(name, value);
      if (name.startsWith("q.")) {
        String[] pieces = name.split("\\.", 3);
        if (pieces.length == 3) {
          figures.computeIfAbsent(activityOf(name, 1), id -> new HashMap<>()).put(pieces[2], value);
        }
      } else if (name.startsWith("evidence.")) {
        evidence.put(activityOf(name, 1), value);
      }
    }
    Map<Long, ActivityFiling> activities = new HashMap<>();
    for (Activity activity : reports.activitiesOf(planId(), agencyId())) {
      long id = activity.id();
      activities.put(
          id,
          new ActivityFiling(figures.getOrDefault(id, Map.of()), evidence.get(id), photos.get(id)));
    }
    Filing filing =
        new Filing(
            version(typed.getFirst("version")),
            typed.getFirst("summary"),
            "submit".equals(typed.getFirst("action")),
            activities);
    filings.file(planId(), agencyId(), day(), filing);
    return Page.seeOther(
        "/bao-cao?plan=" + planId() + "&dueOn=" + day() + "&agency=" + agencyId() + "&saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> form, Refusal refusal) {
    if (plan == null || dueOn == null) {
      return Page.error(refusal.summary());
    }
    return show(refusal, false);
  }

  private Page show(Refusal refusal, boolean saved) {
    List<Option> choices = new ArrayList<>();
    for (var p : reports.plansWithDeadlines()) {
      for (var deadline : p.reportingDeadlines()) {
        choices.add(
            new Option(
                "plan=" + p.id() + "&dueOn=" + deadline.dueOn(),
                p.year() + " — " + p.title() + " — " + DAY.format(deadline.dueOn())));
      }
    }
    Map<String, String> errors = refusal == null ? Map.of() : refusal.fields();
    String problem = refusal == null || !refusal.fields().isEmpty() ? null : refusal.message();
    if (plan == null || dueOn == null) {
      return page(
          new Model(
              choices, null, null, null, null, null, null, null, false, null, 0, List.of(), errors,
              problem, false));
    }
    AgencyReport report = reports.open(planId(), agencyId(), day());
    boolean editable = report.status() != ReportStatus.SUBMITTED;
    List<Row> rows = new ArrayList<>();
    for (Activity activity : reports.activitiesOf(planId(), agencyId())) {
      List<Box> boxes = new ArrayList<>();
      String evidence = "";
      for (Actuals.Figure figure : actuals.of(activity.id())) {
        String name = ReportFilings.figureField(activity.id(), figure.metric().code());
        String value =
            typed.containsKey(name)
                ? typed.getFirst(name)
                : figure.total().signum() == 0 && figure.typed().isEmpty()
                    ? ""
                    : figure.total().stripTrailingZeros().toPlainString();
        if (figure.typed().isPresent() && figure.typed().get().evidenceUrl() != null) {
          evidence = figure.typed().get().evidenceUrl();
        }
        boxes.add(
            new Box(
                name,
                ProgressViews.metricName(figure.metric(), page.t()),
                figure.metric().unit(),
                value,
                figure.metric().source().isAutomatic(),
                editable && figure.editable()));
      }
      String evidenceName = "evidence." + activity.id();
      rows.add(
          new Row(
              activity.id(),
              activity.title(),
              activity.startsAt() == null ? "" : WHEN.format(activity.startsAt()),
              evidenceName,
              typed.containsKey(evidenceName) ? typed.getFirst(evidenceName) : evidence,
              boxes));
    }
    return page(
        new Model(
            choices,
            "plan=" + planId() + "&dueOn=" + day(),
            planId(),
            day().toString(),
            agencyId(),
            report.agency().name(),
            DAY.format(day()),
            page.t().of(report.statusAt(Instant.now(clock))),
            editable,
            typed.containsKey("summary")
                ? typed.getFirst("summary")
                : report.summary() == null ? "" : report.summary(),
            report.version(),
            rows,
            errors,
            problem,
            saved));
  }

  private void choose(Long plan, LocalDate dueOn, Long agency) {
    this.plan = plan;
    this.dueOn = dueOn;
    this.agency = agency;
  }

  private static Page page(Model model) {
    return new Page("outcomes/report.jte", model);
  }

  private long planId() {
    if (plan == null) {
      throw new InvalidInput("plan", REQUIRED);
    }
    return plan;
  }

  private LocalDate day() {
    if (dueOn == null) {
      throw new InvalidInput("dueOn", REQUIRED);
    }
    return dueOn;
  }

  /** A coordinator reports for their own agency whatever the address says. */
  private long agencyId() {
    Long own = staff.coordinatedAgency().orElse(agency);
    if (own == null) {
      throw new InvalidInput("agency", REQUIRED);
    }
    return own;
  }

  private static long activityOf(String field, int piece) {
    try {
      return Long.parseLong(field.split("\\.")[piece]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException wrong) {
      throw new InvalidInput(field, "không có hoạt động này / no such activity");
    }
  }

  private static Long version(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException wrong) {
      throw new InvalidInput("version", "không hợp lệ / invalid");
    }
  }
}
