package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/** The staff form for a new call for entries; editors only, as the API. */
@Path("quan-tri/cuoc-thi/moi")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class NewContestPage implements FormPage {
  @Inject Contests contests;
  @Inject CurrentPage page;

  /**
   * @param action where the form posts: a new call, or the call being edited
   * @param heading the page's heading
   */
  public record FormModel(
      String action,
      String heading,
      Map<String, String> values,
      Refusal refusal,
      List<Option> activities,
      List<Option> levels,
      int categoryRows,
      int criterionRows) {

    /** The fields that show their reason beside their box; the others are listed on top. */
    private static final java.util.Set<String> BESIDE =
        java.util.Set.of(
            "activityId", "title", "slug", "opensAt", "closesAt", "entriesPerSchool", "levels");

    public String error(String field) {
      return refusal == null ? null : refusal.about(field);
    }

    public List<String> reasonsOnTop() {
      return refusal == null
          ? List.of()
          : refusal.fields().entrySet().stream()
              .filter(reason -> !BESIDE.contains(reason.getKey()))
              .map(Map.Entry::getValue)
              .toList();
    }
  }

  @GET
  public Page form() {
    return form(ContestForm.starting(), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response create(MultivaluedMap<String, String> typed) {
    Contest made = contests.create(ContestForm.call(ContestForm.values(typed)));
    return Page.seeOther("/quan-tri/cuoc-thi/bai?id=" + made.id());
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return form(ContestForm.values(typed), refusal);
  }

  private Page form(Map<String, String> values, Refusal refusal) {
    return form(
        contests,
        page,
        "/quan-tri/cuoc-thi/moi",
        page.t().get("console.newContest"),
        values,
        refusal);
  }

  /** The call form, for a new call or one being edited. */
  static Page form(
      Contests contests,
      CurrentPage page,
      String action,
      String heading,
      Map<String, String> values,
      Refusal refusal) {
    return new Page(
        "contests/console/new.jte",
        new FormModel(
            action,
            heading,
            values,
            refusal,
            contests.contestActivities().stream()
                .map(a -> new Option(a.id().toString(), a.plan().year() + " — " + a.title()))
                .toList(),
            Arrays.stream(SchoolLevel.values())
                .map(l -> new Option(l.name(), page.t().of(l)))
                .toList(),
            ContestForm.CATEGORY_ROWS,
            ContestForm.CRITERION_ROWS));
  }
}
