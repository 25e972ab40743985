package vn.loaxanh.contests.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.loaxanh.content.boundary.PublicAddresses;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.pages.Texts;

/**
 * The public contest pages: the calls (/cuoc-thi), one call with its rules (/cuoc-thi/{slug}), the
 * registration form (/cuoc-thi/{slug}/dang-ky) and the receipt (/cuoc-thi/{slug}/da-nhan). The form
 * works without JavaScript and carries a fresh idempotency key, so pressing "send" twice, or
 * sending again after a dropped connection, makes one entry.
 */
@WebServlet("/cuoc-thi/*")
@MultipartConfig(maxFileSize = 600L * 1024 * 1024, maxRequestSize = 1300L * 1024 * 1024)
public class ContestsPage extends HttpServlet {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Contests contests;
  @Inject Registrations registrations;
  @Inject Uploads uploads;
  @Inject Articles articles;
  @Inject Templates templates;
  @Inject SiteAddress site;
  @Inject Clock clock;

  public record Card(String slug, String title, String closes, boolean open) {}

  public record ListModel(List<Card> open, List<Card> others) {}

  public record CategoryLine(String name, String fileTypes, String maxSize, int maxFiles) {}

  public record CriterionLine(String name, int weight, int maxScore) {}

  public record CallModel(
      String slug,
      String title,
      String rulesHtml,
      String opens,
      String closes,
      boolean open,
      boolean notYet,
      List<String> levels,
      int entriesPerSchool,
      List<CategoryLine> categories,
      List<CriterionLine> criteria,
      String resultsLink) {}

  public record FormModel(
      String slug,
      String title,
      String closes,
      Map<String, String> values,
      Map<String, String> errors,
      String problem,
      List<Option> categories,
      List<Option> schools,
      List<Option> levels,
      List<Option> districts) {}

  public record ReceiptModel(String slug, String title, String receipt) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    List<String> path = path(request);
    if (path.isEmpty()) {
      list(page, response);
      return;
    }
    Optional<Contest> contest = contests.bySlug(path.get(0));
    if (contest.isEmpty() || path.size() > 2) {
      templates.error(page, response, 404, page.t().get("contest.unknown"));
      return;
    }
    String step = path.size() == 2 ? path.get(1) : "";
    switch (step) {
      case "" -> call(page, response, contest.get());
      case "dang-ky" -> form(page, response, contest.get(), Map.of(), Map.of(), null);
      case "da-nhan" -> receipt(page, request, response, contest.get());
      default -> templates.error(page, response, 404, page.t().get("contest.unknown"));
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    List<String> path = path(request);
    Optional<Contest> found =
        path.size() == 2 && path.get(1).equals("dang-ky")
            ? contests.bySlug(path.get(0))
            : Optional.empty();
    if (found.isEmpty()) {
      templates.error(page, response, 404, page.t().get("contest.unknown"));
      return;
    }
    if (!FormTokens.fromThisSite(request)) {
      templates.error(page, response, 403, page.t().get("form.foreign"));
      return;
    }
    Contest contest = found.get();
    Map<String, String> values = RegistrationForm.values(request);
    try {
      Registrations.Submission submission = RegistrationForm.submission(values);
      Registrations.Receipt receipt =
          uploads.staged(
              contest,
              submission.category(),
              RegistrationForm.files(request),
              staged ->
                  registrations.register(contest.id(), submission, staged, site.base(request)));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          "/cuoc-thi/"
              + contest.slug()
              + "/da-nhan?so="
              + URLEncoder.encode(receipt.entry().receipt(), StandardCharsets.UTF_8));
    } catch (WebApplicationException refused) {
      ProblemDetails problem = ProblemDetails.of(refused);
      response.setStatus(problem.status());
      form(
          page,
          response,
          contests.get(contest.id()),
          values,
          problem.fields(),
          refused instanceof InvalidInput ? null : problem.detail());
    }
  }

  private void list(PageContext page, HttpServletResponse response) throws IOException {
    Instant now = Instant.now(clock);
    List<Card> all =
        contests.all().stream()
            .map(c -> new Card(c.slug(), c.title(), WHEN.format(c.closesAt()), c.isOpenAt(now)))
            .toList();
    response.setHeader("Cache-Control", "public, max-age=30");
    templates.write(
        page,
        response,
        "contests/list.jte",
        Map.of(
            "model",
            new ListModel(
                all.stream().filter(Card::open).toList(),
                all.stream().filter(c -> !c.open()).toList())));
  }

  private void call(PageContext page, HttpServletResponse response, Contest contest)
      throws IOException {
    Instant now = Instant.now(clock);
    Texts t = page.t();
    String resultsLink = null;
    if (contest.resultsArticleId() != null) {
      Article results = articles.get(contest.resultsArticleId());
      resultsLink = PublicAddresses.article(results.slug());
    }
    response.setHeader("Cache-Control", "public, max-age=30");
    templates.write(
        page,
        response,
        "contests/call.jte",
        Map.of(
            "model",
            new CallModel(
                contest.slug(),
                contest.title(),
                contest.rulesHtml(),
                WHEN.format(contest.opensAt()),
                WHEN.format(contest.closesAt()),
                contest.isOpenAt(now),
                now.isBefore(contest.opensAt()),
                contest.levels().stream().map(t::of).toList(),
                contest.entriesPerSchool(),
                contest.categories().stream()
                    .map(
                        c ->
                            new CategoryLine(
                                c.name(),
                                String.join(", ", c.fileTypes()),
                                megabytes(c.maxFileBytes()),
                                c.maxFiles()))
                    .toList(),
                contest.criteria().stream()
                    .map(c -> new CriterionLine(c.name(), c.weight(), c.maxScore()))
                    .toList(),
                resultsLink)));
  }

  private void form(
      PageContext page,
      HttpServletResponse response,
      Contest contest,
      Map<String, String> values,
      Map<String, String> errors,
      String problem)
      throws IOException {
    Texts t = page.t();
    Map<String, String> shown = new HashMap<>(values);
    // A new form gets a new key; a form shown again after a mistake keeps its key.
    shown.putIfAbsent("key", UUID.randomUUID().toString());
    if (shown.get("key").isEmpty()) {
      shown.put("key", UUID.randomUUID().toString());
    }
    response.setHeader("Cache-Control", "no-store");
    templates.write(
        page,
        response,
        "contests/form.jte",
        Map.of(
            "model",
            new FormModel(
                contest.slug(),
                contest.title(),
                WHEN.format(contest.closesAt()),
                shown,
                errors,
                problem,
                contest.categories().stream().map(c -> new Option(c.code(), c.name())).toList(),
                contests.schoolsFor(contest).stream()
                    .map(s -> new Option(s.id().toString(), s.name() + " — " + s.district().name()))
                    .toList(),
                contest.levels().stream().map(l -> new Option(l.name(), t.of(l))).toList(),
                contests.districtsOf(contest).stream()
                    .map(d -> new Option(d.id().toString(), d.name()))
                    .toList())));
  }

  private void receipt(
      PageContext page, HttpServletRequest request, HttpServletResponse response, Contest contest)
      throws IOException {
    String number = String.valueOf(request.getParameter("so"));
    if (!number.matches("CT[0-9]+-[0-9A-Z]{8}")) {
      templates.error(page, response, 404, page.t().get("contest.unknown"));
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    templates.write(
        page,
        response,
        "contests/receipt.jte",
        Map.of("model", new ReceiptModel(contest.slug(), contest.title(), number)));
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
  }

  private static List<String> path(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      return List.of();
    }
    return List.of(info.substring(1).split("/"));
  }
}
