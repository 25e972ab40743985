package vn.loaxanh.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/** The staff's list of articles in every state, newest edit first, filtered by status. */
@Path("quan-tri/bai-viet")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ArticlesConsolePage {
  private static final int SHOWN = 100;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Articles articles;
  @Inject CurrentPage page;
  @Inject Clock clock;

  public record Row(String editLink, String title, String status, String updated) {}

  public record Model(String status, List<Option> statuses, List<Row> rows) {}

  @GET
  public Page list(@QueryParam("status") String asked) {
    ArticleStatus status = status(asked);
    Instant now = Instant.now(clock);
    Texts t = page.t();
    List<Row> rows =
        articles.list(status, null, new PageRequest(0, SHOWN)).items().stream()
            .map(
                a ->
                    new Row(
                        ArticleEditorPage.PATH + "?id=" + a.id(),
                        a.title(),
                        statusText(a, now, t),
                        WHEN.format(a.updatedAt()) + " · " + a.updatedBy()))
            .toList();
    return new Page(
        "content/console.jte",
        new Model(
            status == null ? null : status.name(),
            Arrays.stream(ArticleStatus.values()).map(s -> new Option(s.name(), t.of(s))).toList(),
            rows));
  }

  /**
   * Where an article stands for a reader of the console: scheduled, published, or published but
   * past its end and so no longer public; and whether a change waits for review.
   */
  static String statusText(Article a, Instant now, Texts t) {
    String status =
        a.isScheduledAt(now)
            ? t.format("console.scheduled", WHEN.format(a.publishAt()))
            : a.hasExpiredAt(now)
                ? t.format("console.expired", WHEN.format(a.unpublishAt()))
                : t.of(a.status());
    return a.pendingRevision() == null
        ? status
        : status + " · " + t.format("console.pending", a.pendingRevision());
  }

  private static ArticleStatus status(String asked) {
    if (asked == null || asked.isBlank()) {
      return null;
    }
    try {
      return ArticleStatus.valueOf(asked);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInput("status", "không có trạng thái này / no such status");
    }
  }
}
