package vn.loaxanh.contests.boundary;

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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Criterion;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * Blind judging for judges (/cham-thi): the contests they judge, then one contest's entries by code
 * with the work, its files and a score box per criterion of the rubric.
 */
@WebServlet("/cham-thi")
@DeclareRoles(Roles.JUDGE)
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.JUDGE))
public class JudgingPage extends HttpServlet {
  @Inject Contests contests;
  @Inject Judging judging;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record Box(long criterionId, String name, int maxScore, String value) {}

  public record Work(
      String code,
      String category,
      String title,
      String description,
      List<Option> files,
      List<Box> boxes,
      boolean scored) {}

  public record Model(
      List<Option> contests,
      Long id,
      String title,
      List<Work> works,
      String saved,
      String problem) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(templates.context(request, response), request, response, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tokens.refused(request, response)) {
      return;
    }
    PageContext page = templates.context(request, response);
    String judge = request.getUserPrincipal().getName();
    try {
      Contest contest = contests.get(Long.parseLong(String.valueOf(request.getParameter("id"))));
      Map<Long, BigDecimal> scores = new HashMap<>();
      for (Criterion criterion : contest.criteria()) {
        String value = request.getParameter("score." + criterion.id());
        if (value != null && !value.isBlank()) {
          scores.put(criterion.id(), parse(value, criterion));
        }
      }
      String code = String.valueOf(request.getParameter("code"));
      judging.score(contest, code, judge, scores);
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location", "/cham-thi?id=" + contest.id() + "&saved=" + code + "#" + code);
    } catch (WebApplicationException refused) {
      ProblemDetails problem = ProblemDetails.of(refused);
      response.setStatus(problem.status());
      show(page, request, response, problem.summary());
    } catch (NumberFormatException notAnId) {
      templates.error(page, response, 404, page.t().get("contest.unknown"));
    }
  }

  private static BigDecimal parse(String value, Criterion criterion) {
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      throw new vn.loaxanh.platform.errors.InvalidInput(
          "scores." + criterion.id(), criterion.name() + ": không phải số / not a number");
    }
  }

  private void show(
      PageContext page, HttpServletRequest request, HttpServletResponse response, String problem)
      throws IOException {
    String judge = request.getUserPrincipal().getName();
    response.setHeader("Cache-Control", "no-store");
    List<Option> mine =
        contests.all().stream()
            .filter(c -> c.isJudgedBy(judge))
            .map(c -> new Option(c.id().toString(), c.title()))
            .toList();
    String id = request.getParameter("id");
    Contest contest = null;
    if (id != null && id.matches("[0-9]{1,18}")) {
      try {
        contest = contests.get(Long.parseLong(id));
      } catch (WebApplicationException unknown) {
        contest = null;
      }
    }
    if (contest == null || !contest.isJudgedBy(judge)) {
      templates.write(
          page,
          response,
          "contests/judging.jte",
          Map.of("model", new Model(mine, null, null, List.of(), null, problem)));
      return;
    }
    Contest judged = contest;
    List<Work> works =
        judging.toJudge(judged).stream()
            .map(
                entry -> {
                  Map<Long, BigDecimal> given = judging.mine(entry, judge);
                  return new Work(
                      entry.blindCode(),
                      entry.category().name(),
                      entry.title(),
                      entry.description(),
                      entry.attachments().stream()
                          .map(
                              a ->
                                  new Option(
                                      "/api/contests/"
                                          + judged.id()
                                          + "/judging/"
                                          + entry.blindCode()
                                          + "/attachments/"
                                          + a.id(),
                                      a.fileName()))
                          .toList(),
                      judged.criteria().stream()
                          .map(
                              c ->
                                  new Box(
                                      c.id(),
                                      c.name(),
                                      c.maxScore(),
                                      given.containsKey(c.id())
                                          ? given.get(c.id()).stripTrailingZeros().toPlainString()
                                          : ""))
                          .toList(),
                      given.size() == judged.criteria().size());
                })
            .toList();
    templates.write(
        page,
        response,
        "contests/judging.jte",
        Map.of(
            "model",
            new Model(
                mine, judged.id(), judged.title(), works, request.getParameter("saved"), problem)));
  }
}
