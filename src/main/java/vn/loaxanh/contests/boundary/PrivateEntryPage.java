package vn.loaxanh.contests.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.contests.control.AttachmentStore;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Attachment;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;

/**
 * The school's private page for its entry, at the link from its confirmation mail
 * (/bai-du-thi/{secret}): the entry as sent, a form to correct it or replace its files, and a
 * button to withdraw it, until the deadline. The address is the key, so the page is never cached
 * and never sent on as a referrer.
 */
@WebServlet("/bai-du-thi/*")
@MultipartConfig(maxFileSize = 600L * 1024 * 1024, maxRequestSize = 1300L * 1024 * 1024)
public class PrivateEntryPage extends HttpServlet {
  @Inject Registrations registrations;
  @Inject Uploads uploads;
  @Inject AttachmentStore store;
  @Inject Templates templates;
  @Inject Clock clock;

  public record FileLine(String name, String link, String size) {}

  public record Model(
      String secret,
      String receipt,
      String contest,
      String contestSlug,
      String category,
      String school,
      String status,
      String statusReason,
      String closes,
      boolean editable,
      boolean saved,
      boolean withdrawn,
      List<FileLine> files,
      Map<String, String> values,
      Map<String, String> errors,
      String problem) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    keepPrivate(response);
    String[] path = path(request);
    Entry entry;
    try {
      entry = registrations.byLink(path[0]);
    } catch (WebApplicationException unknown) {
      templates.error(page, response, 404, page.t().get("entry.unknown"));
      return;
    }
    if (path.length == 3 && path[1].equals("tep")) {
      download(page, response, entry, path[2]);
      return;
    }
    show(page, response, path[0], entry, values(entry), Map.of(), null, request);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    keepPrivate(response);
    String secret = path(request)[0];
    if (!FormTokens.fromThisSite(request)) {
      templates.error(page, response, 403, page.t().get("form.foreign"));
      return;
    }
    Map<String, String> values = RegistrationForm.values(request);
    try {
      if ("withdraw".equals(request.getParameter("action"))) {
        registrations.withdraw(secret);
      } else {
        Entry current = registrations.byLink(secret);
        uploads.staged(
            current.contest(),
            current.category().code(),
            RegistrationForm.files(request),
            staged -> registrations.edit(secret, RegistrationForm.details(values), staged));
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/bai-du-thi/" + secret + "?saved=1");
    } catch (WebApplicationException refused) {
      ProblemDetails problem = ProblemDetails.of(refused);
      Entry entry;
      try {
        entry = registrations.byLink(secret);
      } catch (WebApplicationException unknown) {
        templates.error(page, response, 404, page.t().get("entry.unknown"));
        return;
      }
      response.setStatus(problem.status());
      show(
          page,
          response,
          secret,
          entry,
          values,
          problem.fields(),
          refused instanceof InvalidInput ? null : problem.detail(),
          request);
    }
  }

  private void show(
      PageContext page,
      HttpServletResponse response,
      String secret,
      Entry entry,
      Map<String, String> values,
      Map<String, String> errors,
      String problem,
      HttpServletRequest request)
      throws IOException {
    Instant now = Instant.now(clock);
    boolean withdrawn = entry.status() == EntryStatus.WITHDRAWN;
    templates.write(
        page,
        response,
        "contests/entry.jte",
        Map.of(
            "model",
            new Model(
                secret,
                entry.receipt(),
                entry.contest().title(),
                entry.contest().slug(),
                entry.category().name(),
                entry.school().name(),
                page.t().of(entry.status()),
                entry.statusReason(),
                ContestsPage.WHEN.format(entry.contest().closesAt()),
                !withdrawn && entry.contest().isOpenAt(now),
                "1".equals(request.getParameter("saved")),
                withdrawn,
                entry.attachments().stream()
                    .map(
                        a ->
                            new FileLine(
                                a.fileName(),
                                "/bai-du-thi/" + secret + "/tep/" + a.id(),
                                Math.max(1, a.sizeBytes() / 1024) + " KB"))
                    .toList(),
                values,
                errors,
                problem)));
  }

  private void download(PageContext page, HttpServletResponse response, Entry entry, String id)
      throws IOException {
    Attachment attachment =
        entry.attachments().stream()
            .filter(a -> a.id().toString().equals(id))
            .findFirst()
            .orElse(null);
    if (attachment == null || !Files.isReadable(store.file(attachment.sha256()))) {
      templates.error(page, response, 404, page.t().get("entry.unknown"));
      return;
    }
    response.setContentType(attachment.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", AttachmentFiles.disposition(attachment));
    response.setContentLengthLong(attachment.sizeBytes());
    try (InputStream in = Files.newInputStream(store.file(attachment.sha256()))) {
      in.transferTo(response.getOutputStream());
    }
  }

  /** What the edit form starts with: the entry as stored. */
  private static Map<String, String> values(Entry entry) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("teacherName", entry.teacherName());
    values.put("teacherEmail", entry.teacherEmail());
    values.put("teacherPhone", entry.teacherPhone());
    values.put("title", entry.title());
    values.put("description", entry.description() == null ? "" : entry.description());
    values.put(
        "participants",
        entry.participants().stream()
            .map(p -> p.name() + ", " + p.grade())
            .collect(Collectors.joining("\n")));
    values.put("consent", "on");
    return values;
  }

  private static void keepPrivate(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex");
  }

  private static String[] path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null || info.length() < 2 ? new String[] {""} : info.substring(1).split("/");
  }
}
