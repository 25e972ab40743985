package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Criterion;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * The judges' page (/cham-thi): the contests they judge and, for one, every entry by its code only,
 * with the work, its files and a score box per criterion of the rubric. Who judges which contest is
 * decided by {@link Judging}, as for the API.
 */
@Path("cham-thi")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.JUDGE)
public class JudgingPage implements FormPage {
  @Inject Contests contests;
  @Inject Judging judging;
  @Inject CurrentStaff staff;

  /** The contest of this request, kept to show the scores again when they are refused. */
  private Long contestId;

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

  @GET
  public Page show(@QueryParam("id") Long id, @QueryParam("saved") String saved) {
    contestId = id;
    return show(saved, null, new MultivaluedHashMap<>());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response score(
      @QueryParam("id") @NotNull(message = "bắt buộc / required") Long id,
      MultivaluedMap<String, String> form) {
    contestId = id;
    Contest contest = contests.get(id);
    Map<Long, BigDecimal> scores = new HashMap<>();
    for (Criterion criterion : contest.criteria()) {
      String value = form.getFirst("score." + criterion.id());
      if (value != null && !value.isBlank()) {
        scores.put(criterion.id(), number(value, criterion));
      }
    }
    String code = String.valueOf(form.getFirst("code"));
    judging.score(contest, code, staff.name(), scores);
    return Page.seeOther("/cham-thi?id=" + contest.id() + "&saved=" + code + "#" + code);
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(null, refusal.summary(), typed);
  }

  private static BigDecimal number(String value, Criterion criterion) {
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput(
          "scores." + criterion.id(), criterion.name() + ": không phải số / not a number");
    }
  }

  private Page show(String saved, String problem, MultivaluedMap<String, String> typed) {
    String judge = staff.name();
    List<Contest> mine = judging.judgedBy(judge);
    List<Option> choices =
        mine.stream().map(c -> new Option(c.id().toString(), c.title())).toList();
    Contest judged = mine.stream().filter(c -> c.id().equals(contestId)).findFirst().orElse(null);
    if (judged == null) {
      return new Page(
          "contests/judging.jte", new Model(choices, null, null, List.of(), null, problem));
    }
    String typedCode = typed.getFirst("code");
    List<Work> works =
        judging.toJudge(judged).stream()
            .map(
                entry -> {
                  Map<Long, BigDecimal> given = judging.mine(entry, judge);
                  boolean refusedHere = entry.blindCode().equals(typedCode);
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
                                      refusedHere
                                          ? Objects.requireNonNullElse(
                                              typed.getFirst("score." + c.id()), "")
                                          : given.containsKey(c.id())
                                              ? given
                                                  .get(c.id())
                                                  .stripTrailingZeros()
                                                  .toPlainString()
                                              : ""))
                          .toList(),
                      given.size() == judged.criteria().size());
                })
            .toList();
    return new Page(
        "contests/judging.jte",
        new Model(choices, judged.id(), judged.title(), works, saved, problem));
  }
}
