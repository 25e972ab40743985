package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.contests.control.ContestResults;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.EntryCounts;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/** Calls for entries: read by anyone, written by staff; the entries, counts, ranking, results. */
@Path("api/contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContestsResource {
  @Inject Contests contests;
  @Inject EntryCounts counts;
  @Inject Judging judging;
  @Inject ContestResults results;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  public record CountsView(long entries, long schools, List<EntryCounts.Count> groups) {}

  public record ResultsView(long articleId, String slug) {}

  @GET
  @Transactional
  public List<ContestView> list() {
    Instant now = Instant.now(clock);
    return contests.all().stream().map(c -> ContestView.of(c, now, isStaff())).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  public ContestView get(@PathParam("id") long id) {
    return ContestView.of(contests.get(id), Instant.now(clock), isStaff());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response create(
      @Valid @NotNull(message = "bắt buộc / required") ContestInput input, @Context UriInfo uri) {
    Contest contest = contests.create(input.toCall());
    return Response.created(uri.getAbsolutePathBuilder().path(contest.id().toString()).build())
        .entity(ContestView.of(contest, Instant.now(clock), true))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public ContestView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ContestInput input) {
    return ContestView.of(
        contests.update(id, input.version(), input.toCall()), Instant.now(clock), true);
  }

  /** Entries in the running and schools taking part, grouped for outcome reporting. */
  @GET
  @Path("{id}/counts")
  @Transactional
  public CountsView counts(@PathParam("id") long id, @QueryParam("by") String by) {
    Contest contest = contests.get(id);
    EntryCounts.Totals totals = counts.totals(contest.id());
    return new CountsView(
        totals.entries(),
        totals.schools(),
        by == null
            ? List.of()
            : counts.byGroup(contest.id(), choice(EntryCounts.Grouping.class, "by", by)));
  }

  @GET
  @Path("{id}/ranking")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.JUDGE})
  @Transactional
  public List<Judging.Placed> ranking(@PathParam("id") long id) {
    Contest contest = contests.get(id);
    if (!staff.caller().isEditor()) {
      judging.requireJudge(contest, staff.name());
    }
    return judging.ranking(contest);
  }

  /** Publishes the ranking as a results article; editors only, once. */
  @POST
  @Path("{id}/results")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public Response publishResults(@PathParam("id") long id) {
    Article article = results.publish(id);
    return Response.status(Response.Status.CREATED)
        .entity(new ResultsView(article.id(), article.slug()))
        .build();
  }

  private boolean isStaff() {
    return staff.caller().isEditor();
  }

  /** Reads a lower-case choice such as {@code csv} or {@code district}; 400 naming the choices. */
  static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
    for (E option : type.getEnumConstants()) {
      if (option.name().equalsIgnoreCase(String.valueOf(value).strip())) {
        return option;
      }
    }
    throw new InvalidInput(
        field,
        "một trong / one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList());
  }
}
