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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/**
 * Editing a call for entries (/quan-tri/cuoc-thi/sua?id=) on the form that opened it: its terms and
 * judges any time, its categories and rubric while it has no entries ({@link Contests#update}).
 */
@Path("quan-tri/cuoc-thi/sua")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class EditContestPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";

  @Inject Contests contests;
  @Inject CurrentPage page;

  /** The contest of this request, kept to show the form again. */
  private Long contestId;

  @GET
  @Transactional
  public Page form(@QueryParam("id") @NotNull(message = REQUIRED) Long id) {
    contestId = id;
    Contest contest = contests.get(id);
    return form(contest, ContestForm.of(contest), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id,
      MultivaluedMap<String, String> typed) {
    contestId = id;
    Map<String, String> values = ContestForm.values(typed);
    contests.update(
        id, FormFields.required(values, "version", Long::valueOf), ContestForm.call(values));
    return Page.seeOther("/quan-tri/cuoc-thi/bai?id=" + id);
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return form(contests.get(contestId), ContestForm.values(typed), refusal);
  }

  private Page form(Contest contest, Map<String, String> values, Refusal refusal) {
    return NewContestPage.form(
        contests,
        page,
        "/quan-tri/cuoc-thi/sua?id=" + contest.id(),
        page.t().format("console.editContest", contest.title()),
        values,
        refusal);
  }
}
