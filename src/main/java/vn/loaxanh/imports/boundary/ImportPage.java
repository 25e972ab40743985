package vn.loaxanh.imports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.imports.control.BrokenContent;
import vn.loaxanh.imports.control.ContentImport;
import vn.loaxanh.imports.control.ImportPreviews;
import vn.loaxanh.imports.control.SeedContent;
import vn.loaxanh.imports.entity.ContentImportRecord;
import vn.loaxanh.imports.entity.ImportJob;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * Importing a content file on a page (/quan-tri/nhap): the officer uploads it, sees what would be
 * created, updated and left as it is and each field staff changed since the last import, chooses
 * for each conflict whether the file's value wins, and confirms. A mistake in the file is shown
 * beside its lines and nothing is stored. The same rules as {@code POST /api/imports} apply: a
 * coordinator's file may touch only their agency's activities.
 */
@Path("quan-tri/nhap")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ImportPage {
  /** Lines shown around a mistake, before and after. */
  private static final int CONTEXT_LINES = 3;

  @Inject ImportPreviews previews;
  @Inject vn.loaxanh.imports.control.ImportJobs jobs;
  @Inject SeedContent seeds;
  @Inject CurrentStaff staff;
  @Inject CurrentPage page;
  @PersistenceContext EntityManager em;

  /** A line of the file around a mistake. */
  public record Line(int number, String text, boolean wrong) {}

  /** A field staff changed since the last import that the file says otherwise. */
  public record ConflictRow(
      String key, String activity, String field, String stored, String inFile, boolean taken) {}

  /**
   * @param stage "choose" (the upload form), "preview" (before confirming), "running", "done" or
   *     "broken"
   */
  public record Model(
      String stage,
      int done,
      int total,
      String file,
      String text,
      int created,
      int updated,
      int unchanged,
      List<ConflictRow> conflicts,
      String problem,
      List<Line> lines,
      List<String> seeds,
      List<Logged> history) {}

  /** One earlier import, as the log lists it. */
  public record Logged(
      String file, String when, String by, int created, int updated, int unchanged) {}

  @GET
  @Transactional
  public Page form() {
    return stage("choose", "", "", null, null, null);
  }

  @POST
  @Path("xem-truoc")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response preview(List<EntityPart> parts) throws IOException {
    String file = "upload.yaml";
    String text = null;
    String seed = null;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      switch (part.getName()) {
        case "file" -> {
          file = part.getFileName().filter(n -> !n.isBlank()).orElse(file);
          try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(ImportsResource.MAX_FILE_CHARACTERS * 4 + 1);
            text = bytes.length == 0 ? null : utf8(bytes);
          }
        }
        case "seed" -> seed = part.getContent(String.class).strip();
        default -> {}
      }
    }
    if (text == null && seed != null && !seed.isEmpty()) {
      String chosen = seed;
      file = chosen;
      text =
          seeds
              .read(chosen)
              .orElseThrow(() -> new InvalidInput("seed", "không có tệp này / no such file"));
    }
    if (text == null) {
      throw new InvalidInput("file", "chọn một tệp nội dung / choose a content file");
    }
    String checked = ImportsResource.checked(text);
    return previewOf(file, checked);
  }

  /** Starts the import in the background and sends the officer to watch it. */
  @POST
  @Path("xac-nhan")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(MultivaluedMap<String, String> form) {
    String file = String.valueOf(form.getFirst("file"));
    String text = ImportsResource.checked(form.getFirst("text"));
    long job =
        jobs.start(
            file,
            text,
            staff.caller(),
            staff.coordinatedAgency().orElse(null),
            new HashSet<>(FormFields.all(form, "take")));
    return Page.seeOther("/quan-tri/nhap/tien-do?job=" + job);
  }

  /** How far the import has come; the page reloads itself until it has ended. */
  @GET
  @Path("tien-do")
  public Response progress(
      @QueryParam("job") @jakarta.validation.constraints.NotNull(message = "bắt buộc / required")
          Long id) {
    ImportJob job = jobs.get(id, staff.caller());
    return switch (job.state()) {
      case DONE ->
          Response.ok(stage("done", job.fileName(), "", jobs.outcomeOf(job), null, null)).build();
      case FAILED -> {
        int line = job.errorLine() == null ? 0 : job.errorLine();
        BrokenContent broken = new BrokenContent(job.fileName(), line, job.errorReason());
        yield Response.ok(
                stage("broken", job.fileName(), "", null, broken, around(job.content(), line)))
            .build();
      }
      default -> Response.ok(running(job)).header("Cache-Control", "no-store").build();
    };
  }

  private Page running(ImportJob job) {
    return new Page(
        "imports/import.jte",
        new Model(
            "running",
            job.recordsDone(),
            job.recordsTotal(),
            job.fileName(),
            "",
            0,
            0,
            0,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of()));
  }

  /** What the import would do; a mistake is shown beside its lines. */
  private Response previewOf(String file, String text) {
    Long agency = staff.coordinatedAgency().orElse(null);
    try {
      ContentImport.Outcome outcome = previews.preview(file, text, staff.name(), agency, Set.of());
      return Response.ok(stage("preview", file, text, outcome, null, null)).build();
    } catch (BrokenContent broken) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(stage("broken", file, text, null, broken, around(text, broken.line())))
          .build();
    }
  }

  private Page stage(
      String stage,
      String file,
      String text,
      ContentImport.Outcome outcome,
      BrokenContent broken,
      List<Line> lines) {
    Texts t = page.t();
    List<ConflictRow> conflicts = new ArrayList<>();
    if (outcome != null) {
      for (ContentImport.Conflict c : outcome.conflicts()) {
        conflicts.add(
            new ConflictRow(
                c.key(),
                c.title() + " (" + c.activity() + ")",
                t.get("change.field." + c.field()),
                shown(c.field(), c.stored(), t),
                shown(c.field(), c.inFile(), t),
                c.taken()));
      }
    }
    return new Page(
        "imports/import.jte",
        new Model(
            stage,
            0,
            0,
            file,
            text,
            outcome == null ? 0 : outcome.created(),
            outcome == null ? 0 : outcome.updated(),
            outcome == null ? 0 : outcome.unchanged(),
            conflicts,
            broken == null
                ? null
                : t.format(
                    "import.broken",
                    broken.line(),
                    Refusal.inLanguage(broken.reason(), t.language())),
            lines == null ? List.of() : lines,
            seeds.names(),
            "choose".equals(stage) ? history() : List.of()));
  }

  private List<Logged> history() {
    var shown =
        java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(vn.loaxanh.platform.configuration.LocalTime.VIETNAM);
    return em
        .createNamedQuery(ContentImportRecord.LATEST, ContentImportRecord.class)
        .setMaxResults(10)
        .getResultList()
        .stream()
        .map(
            r ->
                new Logged(
                    r.fileName(),
                    shown.format(r.importedAt()),
                    r.importedBy(),
                    r.created(),
                    r.updated(),
                    r.unchanged()))
        .toList();
  }

  /** A field's value in words, as the activity's history shows it; none as a dash. */
  private static String shown(String field, String value, Texts t) {
    if (value == null || value.isEmpty()) {
      return "—";
    }
    return vn.loaxanh.activities.boundary.ActivityPage.valueInWords(field, value, t);
  }

  /** The lines around the one with the mistake (numbered from 1), that one marked. */
  static List<Line> around(String text, int wrongLine) {
    String[] lines = text.split("\\R", -1);
    List<Line> shown = new ArrayList<>();
    if (wrongLine < 1) {
      return shown;
    }
    int from = Math.max(1, wrongLine - CONTEXT_LINES);
    int to = Math.min(lines.length, wrongLine + CONTEXT_LINES);
    for (int n = from; n <= to; n++) {
      shown.add(new Line(n, lines[n - 1], n == wrongLine));
    }
    return shown;
  }

  /** The file as UTF-8; a file in another encoding is refused rather than garbled. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInput(
          "file",
          "tệp không ở mã UTF-8: hãy lưu lại với mã UTF-8 / the file is not UTF-8: save it as UTF-8");
    }
  }
}
