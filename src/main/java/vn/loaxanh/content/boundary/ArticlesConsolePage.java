package vn.loaxanh.content.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/** The staff's list of articles in every state, newest edit first, filtered by status. */
@WebServlet("/quan-tri/bai-viet")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class ArticlesConsolePage extends HttpServlet {
  private static final int SHOWN = 100;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Articles articles;
  @Inject Templates templates;
  @Inject Clock clock;

  public record Row(String editLink, String title, String status, String updated) {}

  public record Model(String status, List<Option> statuses, List<Row> rows) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    ArticleStatus status;
    try {
      String asked = request.getParameter("status");
      status = asked == null || asked.isBlank() ? null : ArticleStatus.valueOf(asked);
    } catch (IllegalArgumentException unknown) {
      templates.error(page, response, HttpServletResponse.SC_BAD_REQUEST, "status");
      return;
    }
    Instant now = Instant.now(clock);
    var t = page.t();
    List<Row> rows =
        articles.list(status, null, new PageRequest(0, SHOWN)).items().stream()
            .map(
                a ->
                    new Row(
                        ArticleEditorPage.PATH + "?id=" + a.id(),
                        a.title(),
                        a.isScheduledAt(now)
                            ? t.format("console.scheduled", WHEN.format(a.publishAt()))
                            : t.of(a.status()),
                        WHEN.format(a.updatedAt()) + " · " + a.updatedBy()))
            .toList();
    Model model =
        new Model(
            status == null ? null : status.name(),
            Arrays.stream(ArticleStatus.values()).map(s -> new Option(s.name(), t.of(s))).toList(),
            rows);
    response.setHeader("Cache-Control", "no-store");
    templates.write(page, response, "content/console.jte", Map.of("model", model));
  }
}
