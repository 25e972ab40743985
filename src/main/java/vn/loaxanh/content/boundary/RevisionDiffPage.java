package vn.loaxanh.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.security.Roles;

/** Two revisions of an article side by side as a diff: removed lines red, added lines green. */
@Path("quan-tri/bai-viet/so-sanh")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class RevisionDiffPage {
  private static final String REQUIRED = "bắt buộc / required";

  @Inject Articles articles;

  /** A diff line and how to show it: "removed", "added", "place" (a @@ header) or null. */
  public record Line(String text, String kind) {}

  public record Model(long id, int from, int to, List<Line> lines) {}

  @GET
  public Page compare(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id,
      @QueryParam("from") @NotNull(message = REQUIRED) Integer from,
      @QueryParam("to") @NotNull(message = REQUIRED) Integer to) {
    List<Line> lines =
        articles.diff(id, from, to).stream().map(text -> new Line(text, kindOf(text))).toList();
    return new Page("content/diff.jte", new Model(id, from, to, lines));
  }

  private static String kindOf(String line) {
    if (line.startsWith("@@")) {
      return "place";
    }
    if (line.startsWith("-") && !line.startsWith("---")) {
      return "removed";
    }
    return line.startsWith("+") && !line.startsWith("+++") ? "added" : null;
  }
}
