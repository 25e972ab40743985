package vn.loaxanh.content.boundary;

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
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/**
 * The article editor (/quan-tri/bai-viet/sua): write or change an article, move it through the
 * workflow (approving and publishing are for editors, decided by {@link Articles}), schedule its
 * publication, and see, compare and restore its revisions. One form posts three actions: save,
 * status and restore.
 */
@Path("quan-tri/bai-viet/sua")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ArticleEditorPage implements FormPage {
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
          "revision",
          "decision");

  @Inject Articles articles;
  @Inject MediaLibrary media;
  @Inject PublishedArticles published;
  @Inject vn.loaxanh.activities.boundary.Choices choices;
  @Inject CurrentPage page;
  @Inject vn.loaxanh.platform.security.CurrentStaff staff;
  @Inject Clock clock;

  /** The article of this request, if it exists yet; kept to show the form again. */
  private Long articleId;

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
      List<Revision> revisions,
      Integer pending,
      Integer live,
      boolean mayReview) {}

  @GET
  public Page edit(@QueryParam("id") Long id, @QueryParam("saved") String saved) {
    Article article = article(id);
    return show(
        article,
        article == null ? Map.of() : editableValuesOf(article),
        article == null ? Set.of() : editablePlanIdsOf(article),
        Map.of(),
        "1".equals(saved));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response act(@QueryParam("id") Long id, MultivaluedMap<String, String> form) {
    articleId = id;
    Article saved =
        act(
            String.valueOf(form.getFirst("action")),
            article(id),
            values(form),
            new LinkedHashSet<>(FormFields.all(form, "planIds")));
    return Page.seeOther(PATH + "?id=" + saved.id() + "&saved=1");
  }

  /** The form as typed, on the article as it now stands, with the reasons beside the fields. */
  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Article current = article(articleId);
    Map<String, String> errors =
        refusal.fields().isEmpty() ? Map.of("form", refusal.message()) : refusal.fields();
    return show(
        current,
        values(typed),
        new LinkedHashSet<>(FormFields.all(typed, "planIds")),
        errors,
        false);
  }

  private static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    for (String field : FIELDS) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  private Article act(String action, Article article, Map<String, String> v, Set<String> plans) {
    return switch (action) {
      case "save" -> {
        // The form does not show the activities an article is about; they are kept as they are.
        Articles.Draft draft =
            draft(
                v,
                plans,
                article == null
                    ? Set.of()
                    : articles
                        .proposal(article.id())
                        .map(Articles.Draft::activityIds)
                        .orElseGet(
                            () ->
                                article.activities().stream()
                                    .map(vn.loaxanh.activities.entity.Activity::id)
                                    .collect(java.util.stream.Collectors.toSet())));
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
      case "review" ->
          articles.settlePending(
              existing(article).id(), version(v), "accept".equals(v.get("decision")));
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

  private static Articles.Draft draft(
      Map<String, String> v, Set<String> plans, Set<Long> activityIds) {
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
        plans.stream()
            .map(id -> FormFields.required(Map.of("planIds", id), "planIds", Long::valueOf))
            .collect(java.util.stream.Collectors.toSet()),
        activityIds == null ? Set.of() : activityIds);
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

  private Article article(Long id) {
    return id == null ? null : articles.get(id);
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

  /** A revision's note as stored ("edited", "accepted by lan") in the reader's words. */
  static String noteInWords(String note, vn.loaxanh.platform.pages.Texts t) {
    if (note == null) {
      return null;
    }
    if (note.startsWith("not accepted by ")) {
      return t.format("revision.declined", note.substring("not accepted by ".length()));
    }
    if (note.startsWith("accepted by ")) {
      return t.format("revision.accepted", note.substring("accepted by ".length()));
    }
    if (note.startsWith("restored ")) {
      return t.format("revision.restored", note.substring("restored ".length()));
    }
    return switch (note) {
      case "created", "edited", "proposed" -> t.get("revision." + note);
      default -> note;
    };
  }

  /** The revision readers see: the newest that is neither awaiting review nor declined. */
  private Integer liveRevision(Article a) {
    return articles.revisions(a.id()).stream()
        .filter(r -> !Integer.valueOf(r.number()).equals(a.pendingRevision()))
        .filter(r -> r.note() == null || !r.note().startsWith("not accepted"))
        .map(r -> r.number())
        .findFirst()
        .orElse(null);
  }

  /** The form continues from a proposal awaiting review, not from the published article. */
  private Map<String, String> editableValuesOf(Article a) {
    Map<String, String> values = valuesOf(a);
    articles
        .proposal(a.id())
        .ifPresent(
            draft -> {
              values.put("kind", draft.kind().name());
              values.put("title", draft.title() == null ? "" : draft.title());
              values.put("summary", draft.summary() == null ? "" : draft.summary());
              values.put("markdown", draft.markdown() == null ? "" : draft.markdown());
              values.put("coverId", draft.coverId() == null ? "" : draft.coverId().toString());
              values.put(
                  "categoryId", draft.categoryId() == null ? "" : draft.categoryId().toString());
              values.put(
                  "tags", String.join(", ", draft.tags() == null ? List.of() : draft.tags()));
              values.put(
                  "themes", String.join(", ", draft.themes() == null ? List.of() : draft.themes()));
            });
    return values;
  }

  /** The plans of the proposal awaiting review, or else of the article. */
  private Set<String> editablePlanIdsOf(Article a) {
    return articles
        .proposal(a.id())
        .map(
            draft ->
                draft.planIds() == null
                    ? Set.<String>of()
                    : draft.planIds().stream()
                        .map(String::valueOf)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)))
        .orElseGet(() -> planIdsOf(a));
  }

  private static Set<String> planIdsOf(Article a) {
    Set<String> ids = new LinkedHashSet<>();
    for (Plan plan : a.plans()) {
      ids.add(plan.id().toString());
    }
    return ids;
  }

  private Page show(
      Article a,
      Map<String, String> values,
      Set<String> plans,
      Map<String, String> errors,
      boolean saved) {
    Instant now = Instant.now(clock);
    var t = page.t();
    Model model =
        new Model(
            a == null ? null : a.id(),
            a == null ? 0 : a.version(),
            a == null ? t.of(ArticleStatus.DRAFT) : ArticlesConsolePage.statusText(a, now, t),
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
                                r.number(),
                                SHOWN.format(r.savedAt()),
                                r.savedBy(),
                                noteInWords(r.note(), t)))
                    .toList(),
            a == null ? null : a.pendingRevision(),
            a == null ? null : liveRevision(a),
            staff.caller().isEditor());
    return new Page("content/editor.jte", model);
  }
}
