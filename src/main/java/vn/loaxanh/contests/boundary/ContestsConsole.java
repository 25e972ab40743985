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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Schools;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/** Contests for staff: the calls with their entry counts, and schools proposed by teachers. */
@Path("quan-tri/cuoc-thi")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ContestsConsole {
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Contests contests;
  @Inject Schools schools;
  @Inject CurrentPage page;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  public record Row(
      long id, String slug, String title, String closes, boolean open, long entries) {}

  /** A school a teacher proposed, waiting for staff to confirm it. */
  public record Proposed(long id, String name, String level, String district) {}

  public record ListModel(List<Row> contests, boolean mayCreate, List<Proposed> proposed) {}

  @GET
  public Page list() {
    Instant now = Instant.now(clock);
    Map<Long, Long> totals = contests.entryTotals();
    List<Row> rows =
        contests.all().stream()
            .map(
                c ->
                    new Row(
                        c.id(),
                        c.slug(),
                        c.title(),
                        WHEN.format(c.closesAt()),
                        c.isOpenAt(now),
                        totals.getOrDefault(c.id(), 0L)))
            .toList();
    List<Proposed> proposed =
        schools.list(null, false).stream()
            .map(
                school ->
                    new Proposed(
                        school.id(),
                        school.name(),
                        page.t().of(school.level()),
                        school.district().name()))
            .toList();
    return new Page(
        "contests/console/list.jte", new ListModel(rows, staff.caller().isEditor(), proposed));
  }

  /** Confirms a school a teacher proposed, so it joins the directory. */
  @POST
  @Path("truong")
  @Transactional
  public Response confirmSchool(
      @FormParam("schoolId") @NotNull(message = "bắt buộc / required") Long schoolId) {
    schools.confirm(schoolId);
    return Page.seeOther("/quan-tri/cuoc-thi");
  }
}
