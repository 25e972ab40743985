package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.ContestEntries;
import vn.loaxanh.contests.control.ContestResults;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * One contest's entries for staff: filter them, download them as CSV or XLSX, rule on their
 * eligibility, see the ranking and publish the results.
 */
@Path("quan-tri/cuoc-thi")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ContestEntriesConsole implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";

  @Inject Contests contests;
  @Inject ContestEntries entries;
  @Inject Judging judging;
  @Inject ContestResults results;
  @Inject CurrentPage page;
  @Inject CurrentStaff staff;
  @Context UriInfo uri;

  public record EntryLine(
      long id,
      long version,
      String receipt,
      String submitted,
      String category,
      String school,
      String district,
      String teacher,
      String title,
      String status,
      boolean decidable,
      List<Option> files) {}

  public record Place(String place, String code, String title, String school, String total) {}

  public record EntriesModel(
      long id,
      String title,
      String slug,
      Map<String, String> filters,
      List<Option> categories,
      List<Option> statuses,
      List<EntryLine> entries,
      List<Place> ranking,
      boolean mayPublish,
      boolean published,
      String message) {}

  @GET
  @Path("bai")
  public Page entries(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id,
      @QueryParam("category") String category,
      @QueryParam("status") String status) {
    return entries(contests.get(id), category, status(status), null);
  }

  /** Rules on an entry's eligibility; the school is told by mail when it is refused. */
  @POST
  @Path("bai")
  @Transactional
  public Response judgeEligibility(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id,
      @FormParam("entryId") @NotNull(message = REQUIRED) Long entryId,
      @FormParam("version") @NotNull(message = REQUIRED) Long version,
      @FormParam("eligible") String eligible,
      @FormParam("reason") String reason) {
    entries.judgeEligibility(entryId, version, "yes".equals(eligible), reason);
    return Page.seeOther("/quan-tri/cuoc-thi/bai?id=" + id);
  }

  /** Publishes the ranking as the results article; editors only, once. */
  @POST
  @Path("ket-qua")
  @Transactional
  public Response publishResults(@QueryParam("id") @NotNull(message = REQUIRED) Long id) {
    results.publish(id);
    return Page.seeOther("/quan-tri/cuoc-thi/bai?id=" + id + "&published=1");
  }

  /** The entries again, with why the decision or the publication was refused at the top. */
  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    String id = uri.getQueryParameters().getFirst("id");
    if (id == null || !id.matches("\\d{1,18}")) {
      return Page.error(refusal.message());
    }
    return entries(contests.get(Long.parseLong(id)), null, null, refusal.summary());
  }

  private static EntryStatus status(String chosen) {
    if (chosen == null || chosen.isEmpty()) {
      return null;
    }
    try {
      return EntryStatus.valueOf(chosen);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInput("status", "không có trạng thái này / no such status");
    }
  }

  private Page entries(Contest contest, String category, EntryStatus status, String message) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("category", category == null ? "" : category);
    filters.put("status", status == null ? "" : status.name());
    List<Entry> found =
        entries.list(
            contest,
            new ContestEntries.Filter(
                category == null || category.isEmpty() ? null : category, status, null, null));
    List<EntryLine> lines =
        found.stream()
            .map(
                e ->
                    new EntryLine(
                        e.id(),
                        e.version(),
                        e.receipt(),
                        ContestsConsole.WHEN.format(e.submittedAt()),
                        e.category().name(),
                        e.school().name(),
                        e.school().district().name(),
                        e.teacherName() + " · " + e.teacherEmail() + " · " + e.teacherPhone(),
                        e.title(),
                        page.t().of(e.status())
                            + (e.statusReason() == null ? "" : " — " + e.statusReason()),
                        e.status() != EntryStatus.WITHDRAWN,
                        e.attachments().stream()
                            .map(
                                a ->
                                    new Option(
                                        "/api/contest-entries/" + e.id() + "/attachments/" + a.id(),
                                        a.fileName()))
                            .toList()))
            .toList();
    List<Place> ranking =
        judging.ranking(contest).stream()
            .map(
                p -> {
                  Entry e = entries.get(p.entryId());
                  return new Place(
                      p.place() + (p.tied() ? " =" : ""),
                      p.blindCode(),
                      e.title(),
                      e.school().name(),
                      p.total().toPlainString());
                })
            .toList();
    return new Page(
        "contests/console/entries.jte",
        new EntriesModel(
            contest.id(),
            contest.title(),
            contest.slug(),
            filters,
            contest.categories().stream().map(c -> new Option(c.code(), c.name())).toList(),
            Arrays.stream(EntryStatus.values())
                .map(s -> new Option(s.name(), page.t().of(s)))
                .toList(),
            lines,
            ranking,
            staff.caller().isEditor() && contest.resultsArticleId() == null && !ranking.isEmpty(),
            contest.resultsArticleId() != null,
            message));
  }
}
