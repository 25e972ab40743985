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
import java.util.List;
import java.util.Map;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/** Two revisions of an article side by side as a diff: removed lines red, added lines green. */
@WebServlet("/quan-tri/bai-viet/so-sanh")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class RevisionDiffPage extends HttpServlet {
  @Inject Articles articles;
  @Inject Templates templates;

  /** A diff line and how to show it: "removed", "added", "place" (a @@ header) or null. */
  public record Line(String text, String kind) {}

  public record Model(long id, int from, int to, List<Line> lines) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    try {
      long id = Long.parseLong(String.valueOf(request.getParameter("id")));
      int from = Integer.parseInt(String.valueOf(request.getParameter("from")));
      int to = Integer.parseInt(String.valueOf(request.getParameter("to")));
      List<Line> lines =
          articles.diff(id, from, to).stream()
              .map(
                  text ->
                      new Line(
                          text,
                          text.startsWith("@@")
                              ? "place"
                              : text.startsWith("-") && !text.startsWith("---")
                                  ? "removed"
                                  : text.startsWith("+") && !text.startsWith("+++")
                                      ? "added"
                                      : null))
              .toList();
      response.setHeader("Cache-Control", "no-store");
      templates.write(
          page, response, "content/diff.jte", Map.of("model", new Model(id, from, to, lines)));
    } catch (NumberFormatException | NotFound unknown) {
      templates.error(page, response, HttpServletResponse.SC_NOT_FOUND, "id, from, to");
    }
  }
}
