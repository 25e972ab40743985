package vn.loaxanh.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import vn.loaxanh.activities.control.ActivitySnapshot;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityChange;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.imports.entity.ContentImportRecord;
import vn.loaxanh.plans.control.Directives;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.control.Tasks;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Directive;
import vn.loaxanh.plans.entity.DirectiveKind;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.plans.entity.PlanChannel;
import vn.loaxanh.plans.entity.ReportingDeadline;
import vn.loaxanh.plans.entity.Task;
import vn.loaxanh.platform.Codes;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.validation.PlanYear;

/**
 * Imports one content file (the format is in {@code content/README.md}) in one transaction: the
 * first mistake rolls everything back. Records are matched by their keys and updated in place;
 * nothing is deleted, so records staff added by hand survive a re-import.
 */
@ApplicationScoped
@Transactional
public class ContentImport {
  private static final Pattern CODE = Pattern.compile(Codes.PATTERN);
  private static final Set<String> SECTIONS = Set.of("units", "agencies", "directives", "plans");
  private static final Set<String> UNIT = Set.of("code", "name", "level", "parent");
  private static final Set<String> AGENCY =
      Set.of("code", "name", "shortName", "kind", "unit", "email");
  private static final Set<String> DIRECTIVE =
      Set.of("symbol", "kind", "issuedOn", "issuer", "title", "summary", "implements");
  private static final Set<String> PLAN =
      Set.of(
          "code",
          "symbol",
          "issuer",
          "unit",
          "issuedOn",
          "year",
          "title",
          "implements",
          "purposes",
          "fundingNote",
          "themes",
          "channels",
          "reportingDeadlines",
          "reminderDays",
          "tasks");
  private static final Set<String> THEME = Set.of("title", "description");
  private static final Set<String> CHANNEL = Set.of("channel", "note");
  private static final Set<String> DEADLINE = Set.of("dueOn", "title", "agency");
  private static final Set<String> TASK =
      Set.of("clause", "lead", "partners", "title", "description", "activities");
  private static final Set<String> ACTIVITY =
      Set.of(
          "code",
          "type",
          "title",
          "description",
          "lead",
          "partners",
          "unit",
          "place",
          "start",
          "end",
          "status",
          "channels",
          "audience",
          "plannedQuantity",
          "quantityUnit");

  @PersistenceContext EntityManager em;
  @Inject Units units;
  @Inject Agencies agencies;
  @Inject Directives directives;
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Clock clock;

  /**
   * What one import did, counted in records, with the fields staff had changed that the file says
   * otherwise.
   */
  public record Outcome(
      String file,
      String sha256,
      int created,
      int updated,
      int unchanged,
      List<Conflict> conflicts) {}

  /**
   * A field of an activity that staff changed since the last import and the file says otherwise.
   *
   * @param taken the officer chose the file's value, which was stored; otherwise staff's stays
   */
  public record Conflict(
      String plan,
      String activity,
      String title,
      String field,
      String stored,
      String inFile,
      boolean taken) {
    /** How the confirm form names the choice to take the file's value. */
    public String key() {
      return plan + "|" + activity + "|" + field;
    }
  }

  /** How far an import has come, told every few records to whoever watches it. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void at(int done, int total);
  }

  /** Records between two reports of progress. */
  private static final int REPORT_EVERY = 25;

  /** One import as it runs: who, which file, what it counted, what it found staff had changed. */
  private final class Run {
    final String file;
    final String importedBy;
    final Long coordinatedAgency;
    final Set<String> taken;
    final Tally tally;
    final List<Conflict> conflicts = new ArrayList<>();

    Run(
        String file,
        String importedBy,
        Long coordinatedAgency,
        Set<String> taken,
        Progress progress,
        int total) {
      this.file = file;
      this.coordinatedAgency = coordinatedAgency;
      this.importedBy = importedBy;
      this.taken = taken == null ? Set.of() : taken;
      this.tally =
          new Tally(
              done -> {
                if (done % REPORT_EVERY == 0) {
                  progress.at(done, total);
                }
              });
    }

    Set<String> taken(String plan, String activity) {
      String prefix = plan + "|" + activity + "|";
      Set<String> fields = new HashSet<>();
      for (String key : taken) {
        if (key.startsWith(prefix)) {
          fields.add(key.substring(prefix.length()));
        }
      }
      return fields;
    }

    /** A coordinator's file leaves each activity it writes in their own agency's hands. */
    void requireOwnWork(YamlRecord record, Activity activity) {
      if (coordinatedAgency != null && !coordinatedAgency.equals(activity.lead().id())) {
        throw record.broken(
            "lead",
            "cộng tác viên chỉ nhập hoạt động do cơ quan mình chủ trì / a coordinator imports"
                + " only activities their own agency leads");
      }
    }

    void audit(Activity activity, ActivityChange.Action action, String summary) {
      em.persist(new ActivityChange(activity, Instant.now(clock), importedBy, action, summary));
    }
  }

  public Outcome importFile(String file, String text, String importedBy) {
    return importFile(file, text, importedBy, null, Set.of());
  }

  /**
   * @param coordinatedAgency for a coordinator, their agency: the import may then add new records
   *     but change no existing one, and create or change only activities that agency leads; null
   *     for editors, administrators and the seed import
   * @param taken the conflicts (by {@link Conflict#key()}) the officer resolved for the file
   */
  public Outcome importFile(
      String file, String text, String importedBy, Long coordinatedAgency, Set<String> taken) {
    return importFile(file, text, importedBy, coordinatedAgency, taken, Progress.NONE);
  }

  /**
   * @param progress told every few records how many of the file's records have been read
   */
  public Outcome importFile(
      String file,
      String text,
      String importedBy,
      Long coordinatedAgency,
      Set<String> taken,
      Progress progress) {
    YamlRecord document = new YamlRecord(file, parse(file, text), SECTIONS);
    int total = recordsIn(document);
    progress.at(0, total);
    Run run = new Run(file, importedBy, coordinatedAgency, taken, progress, total);
    Tally tally = run.tally;
    Set<String> seen = new HashSet<>();
    for (YamlRecord unit : document.records("units", UNIT)) {
      importUnit(unit, tally, seen);
    }
    for (YamlRecord agency : document.records("agencies", AGENCY)) {
      importAgency(agency, tally, seen);
    }
    for (YamlRecord directive : document.records("directives", DIRECTIVE)) {
      importDirective(directive, tally, seen);
    }
    for (YamlRecord plan : document.records("plans", PLAN)) {
      importPlan(plan, run, seen);
    }
    em.flush();
    if (coordinatedAgency != null) {
      tally
          .firstBeyond(coordinatedAgency)
          .ifPresent(
              line -> {
                throw new BrokenContent(
                    file,
                    line,
                    "cộng tác viên chỉ thêm mới, hoặc sửa hoạt động do cơ quan mình chủ trì; bản"
                        + " ghi này cần biên tập viên nhập / a coordinator may add records and"
                        + " change only activities their agency leads; an editor must import this");
              });
    }
    String sha256 = sha256(text);
    Outcome outcome =
        new Outcome(
            file,
            sha256,
            tally.created(),
            tally.updated(),
            tally.unchanged(),
            List.copyOf(run.conflicts));
    em.persist(
        new ContentImportRecord(
            file,
            sha256,
            Instant.now(clock),
            importedBy,
            outcome.created(),
            outcome.updated(),
            outcome.unchanged()));
    return outcome;
  }

  /** How many records the file holds, nested tasks and activities included. */
  private static int recordsIn(YamlRecord document) {
    int records =
        document.records("units", UNIT).size()
            + document.records("agencies", AGENCY).size()
            + document.records("directives", DIRECTIVE).size();
    for (YamlRecord plan : document.records("plans", PLAN)) {
      records++;
      for (YamlRecord task : plan.records("tasks", TASK)) {
        records += 1 + task.records("activities", ACTIVITY).size();
      }
    }
    return records;
  }

  private static Node parse(String file, String text) {
    try {
      return new Compose(LoadSettings.builder().setLabel(file).build())
          .composeString(text)
          .orElseThrow(() -> new BrokenContent(file, 1, "tệp trống / the file is empty"));
    } catch (MarkedYamlEngineException wrongYaml) {
      int line = wrongYaml.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
      throw new BrokenContent(
          file, line, "YAML không hợp lệ / invalid YAML: " + wrongYaml.getProblem());
    } catch (YamlEngineException wrongYaml) {
      throw new BrokenContent(
          file, 0, "YAML không hợp lệ / invalid YAML: " + wrongYaml.getMessage());
    }
  }

  private void importUnit(YamlRecord record, Tally tally, Set<String> seen) {
    String code = code(record, "code", "unit", seen);
    String name = record.text("name", 200, true);
    UnitLevel level = record.enumValue("level", UnitLevel.class, null);
    AdministrativeUnit parent =
        record.optional("parent").map(p -> unit(record, "parent")).orElse(null);
    var existing = units.byCode(code);
    obeying(
        record,
        () -> {
          if (existing.isPresent()) {
            AdministrativeUnit unit = existing.get();
            tally.existing(record.line(), Tally.Kind.REGISTER, unit.version(), unit::version);
            unit.describe(name, level, parent);
          } else {
            em.persist(new AdministrativeUnit(code, name, level, parent));
            tally.countCreated(record.line(), Tally.Kind.REGISTER, null);
          }
        });
  }

  private void importAgency(YamlRecord record, Tally tally, Set<String> seen) {
    String code = code(record, "code", "agency", seen);
    String email = record.text("email", 254, false);
    if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      throw record.broken("email", "không phải địa chỉ e-mail / not an e-mail address");
    }
    String name = record.text("name", 300, true);
    String shortName = record.text("shortName", 100, false);
    AgencyKind kind = record.enumValue("kind", AgencyKind.class, null);
    AdministrativeUnit unit = unit(record, "unit");
    Agency agency = agencies.byCode(code).orElse(null);
    if (agency == null) {
      agency = new Agency(code);
      agency.describe(name, shortName, kind, unit, email);
      em.persist(agency);
      tally.countCreated(record.line(), Tally.Kind.REGISTER, null);
    } else {
      tally.existing(record.line(), Tally.Kind.REGISTER, agency.version(), agency::version);
      agency.describe(name, shortName, kind, unit, email);
    }
  }

  private void importDirective(YamlRecord record, Tally tally, Set<String> seen) {
    String symbol = record.text("symbol", 100, true);
    if (!seen.add("directive:" + symbol)) {
      throw record.broken("symbol", "'" + symbol + "' lặp lại trong tệp / given twice in the file");
    }
    DirectiveKind kind = record.enumValue("kind", DirectiveKind.class, null);
    var issuedOn = record.date("issuedOn");
    String issuer = record.text("issuer", 300, true);
    String title = record.text("title", 1000, true);
    String summary = record.text("summary", 20000, false);
    Set<Directive> cited = directivesCited(record);
    Directive directive = directives.bySymbol(symbol).orElse(null);
    if (directive == null) {
      directive = new Directive(symbol);
      tally.countCreated(record.line(), Tally.Kind.REGISTER, null);
    } else {
      tally.existing(record.line(), Tally.Kind.REGISTER, directive.version(), directive::version);
    }
    Directive described = directive;
    obeying(
        record,
        () -> {
          described.describe(kind, issuedOn, issuer, title, summary);
          described.implement(cited);
        });
    if (described.id() == null) {
      em.persist(described);
    }
  }

  private void importPlan(YamlRecord record, Run run, Set<String> seen) {
    Tally tally = run.tally;
    String code = code(record, "code", "plan", seen);
    Plan plan = plans.byCode(code).orElse(null);
    if (plan == null) {
      plan = new Plan(code);
      tally.countCreated(record.line(), Tally.Kind.PLAN, null);
    } else {
      tally.existing(record.line(), Tally.Kind.PLAN, plan.version(), plan::version);
    }
    Integer year = record.integer("year", PlanYear.FIRST, PlanYear.LAST);
    if (year == null) {
      throw record.broken("year", "bắt buộc / required");
    }
    Plan described = plan;
    var heading =
        new Plan.Heading(
            record.text("symbol", 100, false),
            record.text("issuer", 300, true),
            unit(record, "unit"),
            record.date("issuedOn"),
            year,
            record.text("title", 1000, true),
            record.text("purposes", 20000, false),
            record.text("fundingNote", 20000, false));
    var cited = directivesCited(record);
    var themes =
        record.records("themes", THEME).stream()
            .map(
                t ->
                    new Plan.ThemeText(
                        t.text("title", 1000, true), t.text("description", 20000, false)))
            .toList();
    var channels =
        record.records("channels", CHANNEL).stream()
            .map(
                c ->
                    new PlanChannel(
                        c.enumValue("channel", Channel.class, null), c.text("note", 20000, false)))
            .toList();
    var deadlines =
        record.records("reportingDeadlines", DEADLINE).stream()
            .map(
                d -> {
                  if (d.date("dueOn") == null) {
                    throw d.broken("dueOn", "bắt buộc / required");
                  }
                  return new ReportingDeadline(
                      d.date("dueOn"),
                      d.text("title", 1000, true),
                      d.optional("agency").map(a -> agency(d, "agency")).orElse(null));
                })
            .toList();
    List<Integer> reminderDays =
        record.has("reminderDays") ? wholeNumbers(record, "reminderDays") : null;
    obeying(
        record,
        () -> {
          described.describe(heading);
          described.implement(cited);
          described.themes(themes);
          described.channels(channels);
          described.reportingDeadlines(deadlines);
          if (reminderDays != null) {
            described.remindDaysBefore(reminderDays);
          }
        });
    if (described.id() == null) {
      em.persist(described);
    }
    Set<String> keysInPlan = new HashSet<>();
    for (YamlRecord task : record.records("tasks", TASK)) {
      importTask(described, task, run, keysInPlan);
    }
  }

  private void importTask(Plan plan, YamlRecord record, Run run, Set<String> keysInPlan) {
    Tally tally = run.tally;
    String clause = record.text("clause", 30, true);
    if (!keysInPlan.add("task:" + clause)) {
      throw record.broken(
          "clause", "'" + clause + "' lặp lại trong kế hoạch / given twice in the plan");
    }
    Agency lead = agency(record, "lead");
    Set<Agency> partners = agencies(record, "partners");
    String title = record.text("title", 1000, true);
    String description = record.text("description", 20000, false);
    Task task = plan.id() == null ? null : tasks.byClause(plan, clause).orElse(null);
    if (task == null) {
      task = new Task(plan, clause);
      tally.countCreated(record.line(), Tally.Kind.PLAN, null);
    } else {
      tally.existing(record.line(), Tally.Kind.PLAN, task.version(), task::version);
    }
    Task assigned = task;
    obeying(record, () -> assigned.assign(title, description, lead, partners));
    if (assigned.id() == null) {
      em.persist(assigned);
    }
    for (YamlRecord activity : record.records("activities", ACTIVITY)) {
      importActivity(assigned, activity, run, keysInPlan);
    }
  }

  private void importActivity(Task task, YamlRecord record, Run run, Set<String> keysInPlan) {
    String code = record.text("code", 100, true);
    if (!CODE.matcher(code).matches()) {
      throw record.broken("code", Codes.MESSAGE);
    }
    if (!keysInPlan.add("activity:" + code)) {
      throw record.broken(
          "code", "'" + code + "' lặp lại trong kế hoạch / given twice in the plan");
    }
    // What the file says, on an unsaved activity, checked by the same rules as the API's.
    Activity file = new Activity(task.plan(), code);
    var details =
        new Activity.Details(
            record.enumValue("type", ActivityType.class, null),
            record.text("title", 300, true),
            record.text("description", 20000, false),
            record.text("place", 300, false),
            record.text("audience", 300, false),
            record.integer("plannedQuantity", 1, Integer.MAX_VALUE),
            record.text("quantityUnit", 50, false),
            channels(record));
    Agency lead = record.optional("lead").isPresent() ? agency(record, "lead") : task.lead();
    Set<Agency> partners = agencies(record, "partners");
    AdministrativeUnit unit = record.optional("unit").map(u -> unit(record, "unit")).orElse(null);
    YamlRecord.Moment start = record.moment("start");
    if (start == null) {
      throw record.broken("start", "bắt buộc / required");
    }
    YamlRecord.Moment end = record.moment("end");
    if (end != null && end.local().isBefore(start.local())) {
      throw record.broken("end", "kết thúc trước khi bắt đầu / ends before it starts");
    }
    Instant startsAt = instant(start.local());
    Instant endsAt = end == null ? endOf(start) : endOf(end);
    ActivityStatus status =
        record.enumValue("status", ActivityStatus.class, ActivityStatus.PLANNED);
    obeying(
        record,
        () -> {
          file.describe(task, details);
          file.assign(lead, partners, unit);
          file.schedule(startsAt, endsAt, start.dayOnly() && (end == null || end.dayOnly()));
          file.recordStatus(status);
        });
    Map<String, String> fileFields = ImportedFields.of(file);

    Activity stored =
        em.createNamedQuery(Activity.BY_CODE, Activity.class)
            .setParameter("plan", task.plan())
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (stored == null) {
      file.rememberImported(ImportedFields.json(fileFields));
      em.persist(file);
      run.requireOwnWork(record, file);
      run.tally.countCreated(record.line(), Tally.Kind.ACTIVITY, file.lead().id());
      run.audit(file, ActivityChange.Action.CREATED, "Tạo hoạt động / created: " + file.title());
      return;
    }
    // The lead before the import: a coordinator's import may not take over another's activity.
    Long leadBefore = stored.lead().id();
    ActivitySnapshot before = ActivitySnapshot.of(stored);
    ReimportRule rule =
        new ReimportRule(
            ImportedFields.parse(stored.importedFields()), run.taken(task.plan().code(), code));
    Map<String, String> storedFields = ImportedFields.of(stored);
    Set<String> fromFile = new HashSet<>();
    for (var field : fileFields.entrySet()) {
      ReimportRule.Decision decision =
          rule.decide(field.getKey(), storedFields.get(field.getKey()), field.getValue());
      if (ReimportRule.appliesFile(decision)) {
        fromFile.add(field.getKey());
      }
      if (decision == ReimportRule.Decision.CONFLICT_KEPT
          || decision == ReimportRule.Decision.CONFLICT_TAKEN) {
        run.conflicts.add(
            new Conflict(
                task.plan().code(),
                code,
                stored.title(),
                field.getKey(),
                storedFields.get(field.getKey()),
                field.getValue(),
                decision == ReimportRule.Decision.CONFLICT_TAKEN));
      }
    }
    ActivityStatus statusBefore = stored.status();
    obeying(record, () -> ImportedFields.merge(stored, file, fromFile));
    String baseline = ImportedFields.json(fileFields);
    if (!baseline.equals(stored.importedFields())) {
      stored.rememberImported(baseline);
    }
    List<String> changes = new ArrayList<>(before.changesTo(ActivitySnapshot.of(stored)));
    if (stored.status() != statusBefore) {
      changes.add("status: " + statusBefore + " → " + stored.status());
    }
    // What the activity says, not its remembered baseline, is what counts as a change.
    boolean changed = !changes.isEmpty();
    run.tally.existing(record.line(), Tally.Kind.ACTIVITY, leadBefore, () -> changed);
    if (changed) {
      run.requireOwnWork(record, stored);
      run.audit(
          stored,
          ActivityChange.Action.IMPORTED,
          "Nhập từ tệp / imported from: " + run.file + "\n" + String.join("\n", changes));
    }
  }

  /** A day alone ends when the next day begins; a time is the end itself. */
  private static Instant endOf(YamlRecord.Moment moment) {
    LocalDateTime end = moment.dayOnly() ? moment.local().plusDays(1) : moment.local();
    return instant(end);
  }

  private static Instant instant(LocalDateTime local) {
    return local.atZone(LocalTime.VIETNAM).toInstant();
  }

  private Set<Channel> channels(YamlRecord record) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String name : record.texts("channels")) {
      try {
        channels.add(Channel.valueOf(name));
      } catch (IllegalArgumentException unknown) {
        throw record.broken(
            "channels", "'" + name + "' không hợp lệ / is not one of " + List.of(Channel.values()));
      }
    }
    return channels;
  }

  private static List<Integer> wholeNumbers(YamlRecord record, String key) {
    return record.texts(key).stream()
        .map(
            text -> {
              try {
                return Integer.valueOf(text);
              } catch (NumberFormatException notNumber) {
                throw record.broken(
                    key, "'" + text + "' không phải số nguyên / is not a whole number");
              }
            })
        .toList();
  }

  private String code(YamlRecord record, String key, String kind, Set<String> seen) {
    String code = record.text(key, 100, true);
    if (!CODE.matcher(code).matches()) {
      throw record.broken(key, Codes.MESSAGE);
    }
    if (!seen.add(kind + ":" + code)) {
      throw record.broken(key, "'" + code + "' lặp lại trong tệp / given twice in the file");
    }
    return code;
  }

  private AdministrativeUnit unit(YamlRecord record, String key) {
    String code = record.required(key);
    return units
        .byCode(code)
        .orElseThrow(
            () -> record.broken(key, "không có địa bàn '" + code + "' / no unit '" + code + "'"));
  }

  private Agency agency(YamlRecord record, String key) {
    String code = record.required(key);
    return agencies
        .byCode(code)
        .orElseThrow(
            () -> record.broken(key, "không có cơ quan '" + code + "' / no agency '" + code + "'"));
  }

  private Set<Agency> agencies(YamlRecord record, String key) {
    Set<Agency> found = new LinkedHashSet<>();
    for (String code : record.texts(key)) {
      found.add(
          agencies
              .byCode(code)
              .orElseThrow(
                  () ->
                      record.broken(
                          key, "không có cơ quan '" + code + "' / no agency '" + code + "'")));
    }
    return found;
  }

  private Set<Directive> directivesCited(YamlRecord record) {
    Set<Directive> found = new LinkedHashSet<>();
    for (String symbol : record.texts("implements")) {
      found.add(
          directives
              .bySymbol(symbol)
              .orElseThrow(
                  () ->
                      record.broken(
                          "implements",
                          "không có văn bản '" + symbol + "' / no directive '" + symbol + "'")));
    }
    return found;
  }

  /** An entity refusing a change (its rule says "field: reason") is reported at the record. */
  private static void obeying(YamlRecord record, Runnable change) {
    try {
      change.run();
    } catch (IllegalArgumentException | NullPointerException brokenRule) {
      throw new BrokenContent(
          record.fileName(), record.line(), String.valueOf(brokenRule.getMessage()));
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
