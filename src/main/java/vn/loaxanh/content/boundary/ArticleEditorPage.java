package vn.loaxanh.content.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * Writing and editing one article: its text and links, the workflow step (publish now or at a
 * time), and its revisions to compare and restore. Without an id it writes a new article.
 */
@WebServlet("/quan-tri/bai-viet/sua")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class ArticleEditorPage extends HttpServlet {
  static final String PATH = "/quan-tri/bai-viet/sua";
  private static final int IMAGES = 200;
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);
  private static final List<String> FIELDS =
      List.of(
          "kind",
          "title",
          "slug",
          "summary",
          "markdown",
          "coverId",
          "categoryId",
          "tags",
          "themes",
          "version",
          "status",
          "publishAt",
          "unpublishAt",
          "revision");

  @Inject Articles articles;
  @Inject MediaLibrary media;
  @Inject PublishedArticles published;
  @Inject vn.loaxanh.activities.boundary.Choices choices;
  @Inject Templates templates;
  @Inject FormTokens tokens;
  @Inject Clock clock;

  /** A revision as the list shows it. */
  public record Revision(int number, String when, String who, String note) {}

  public record Model(
      Long id,
      long version,
      String statusText,
      boolean saved,
      String publicLink,
      Map<String, String> values,
      Set<String> chosenPlans,
      Map<String, String> errors,
      List<Option> kinds,
      List<Option> images,
      List<Option> categories,
      List<Option> plans,
      List<Option> nextSteps,
      List<Revision> revisions) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    Article article;
    try {
      article = article(request);
    } catch (NotFound | NumberFormatException unknown) {
      templates.error(
          page, response, HttpServletResponse.SC_NOT_FOUND, "id: " + request.getParameter("id"));
      return;
    }
    show(
        page,
        response,
        article,
        article == null ? Map.of() : valuesOf(article),
        article == null ? Set.of() : planIdsOf(article),
        Map.of(),
        "1".equals(request.getParameter("saved")));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    if (tokens.refused(request, response)) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      values.put(field, value == null ? "" : value.strip());
    }
    Set<String> plans = new LinkedHashSet<>(FormFields.all(request, "planIds"));
    Article article;
    try {
      article = article(request);
    } catch (NotFound | NumberFormatException unknown) {
      templates.error(
          page, response, HttpServletResponse.SC_NOT_FOUND, "id: " + request.getParameter("id"));
      return;
    }
    Map<String, String> errors;
    try {
      Article saved = act(String.valueOf(request.getParameter("action")), article, values, plans);
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", PATH + "?id=" + saved.id() + "&saved=1");
      return;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      errors = invalid.fields();
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      errors = Map.of("form", String.valueOf(refused.getMessage()));
    }
    Article current = article == null ? null : articles.get(article.id());
    show(page, response, current, values, plans, errors, false);
  }

  private Article act(String action, Article article, Map<String, String> v, Set<String> plans) {
    return switch (action) {
      case "save" -> {
        Articles.Draft draft = draft(v, plans);
        yield article == null
            ? articles.create(draft)
            : articles.update(article.id(), version(v), draft);
      }
      case "status" ->
          articles.moveTo(
              existing(article).id(),
              version(v),
              FormFields.required(v, "status", ArticleStatus::valueOf),
              time(v, "publishAt"),
              time(v, "unpublishAt"));
      case "restore" ->
          articles.restore(
              existing(article).id(),
              FormFields.required(v, "revision", Integer::valueOf),
              version(v));
      default -> throw new InvalidInput("action", "không rõ / unknown");
    };
  }

  private static Article existing(Article article) {
    if (article == null) {
      throw new InvalidInput("form", "lưu bài trước / save the article first");
    }
    return article;
  }

  private static Articles.Draft draft(Map<String, String> v, Set<String> plans) {
    return new Articles.Draft(
        v.get("slug").isEmpty() ? null : v.get("slug"),
        FormFields.required(v, "kind", ArticleKind::valueOf),
        v.get("title"),
        v.get("summary"),
        v.get("markdown"),
        v.get("coverId").isEmpty() ? null : FormFields.required(v, "coverId", Long::valueOf),
        v.get("categoryId").isEmpty() ? null : FormFields.required(v, "categoryId", Long::valueOf),
        list(v.get("tags")),
        list(v.get("themes")),
        plans.stream().map(Long::valueOf).collect(java.util.stream.Collectors.toSet()),
        Set.of());
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Long version(Map<String, String> v) {
    return FormFields.required(v, "version", Long::valueOf);
  }

  private static Instant time(Map<String, String> v, String field) {
    String text = v.get(field);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text).atZone(LocalTime.VIETNAM).toInstant();
    } catch (DateTimeParseException wrong) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }

  private Article article(HttpServletRequest request) {
    String id = request.getParameter("id");
    return id == null || id.isBlank() ? null : articles.get(Long.parseLong(id.strip()));
  }

  private static Map<String, String> valuesOf(Article a) {
    Map<String, String> v = new HashMap<>();
    v.put("kind", a.kind().name());
    v.put("title", a.title());
    v.put("slug", a.slug());
    v.put("summary", a.summary() == null ? "" : a.summary());
    v.put("markdown", a.markdown());
    v.put("coverId", a.cover() == null ? "" : a.cover().id().toString());
    v.put("categoryId", a.category() == null ? "" : a.category().id().toString());
    v.put("tags", String.join(", ", a.tags().stream().map(Label::text).toList()));
    v.put("themes", String.join(", ", a.themes().stream().map(Label::text).toList()));
    return v;
  }

  private static Set<String> planIdsOf(Article a) {
    Set<String> ids = new LinkedHashSet<>();
    for (Plan plan : a.plans()) {
      ids.add(plan.id().toString());
    }
    return ids;
  }

  private void show(
      PageContext page,
      HttpServletResponse response,
      Article a,
      Map<String, String> values,
      Set<String> plans,
      Map<String, String> errors,
      boolean saved)
      throws IOException {
    Instant now = Instant.now(clock);
    var t = page.t();
    Model model =
        new Model(
            a == null ? null : a.id(),
            a == null ? 0 : a.version(),
            a == null
                ? t.of(ArticleStatus.DRAFT)
                : a.isScheduledAt(now)
                    ? t.format("console.scheduled", SHOWN.format(a.publishAt()))
                    : t.of(a.status()),
            saved,
            a != null && a.isPublicAt(now) ? PublicAddresses.article(a.slug()) : null,
            values,
            plans,
            errors,
            Arrays.stream(ArticleKind.values()).map(k -> new Option(k.name(), t.of(k))).toList(),
            media.newestFirst(IMAGES).stream()
                .filter(m -> m.kind() == Media.Kind.IMAGE)
                .map(m -> new Option(m.id().toString(), m.title()))
                .toList(),
            published.categories().stream()
                .map(c -> new Option(c.id().toString(), c.name()))
                .toList(),
            choices.plans(),
            a == null
                ? List.of()
                : a.status().next().stream().map(s -> new Option(s.name(), t.of(s))).toList(),
            a == null
                ? List.of()
                : articles.revisions(a.id()).stream()
                    .map(
                        r ->
                            new Revision(
                                r.number(), SHOWN.format(r.savedAt()), r.savedBy(), r.note()))
                    .toList());
    response.setHeader("Cache-Control", "no-store");
    templates.write(page, response, "content/editor.jte", Map.of("model", model));
  }
}
