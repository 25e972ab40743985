package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.contests.entity.Attachment;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/** Blind judging for the judges assigned to a contest: entries by code, scores per criterion. */
@Path("api/contests/{id}/judging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.JUDGE)
public class JudgingResource {
  @Inject Contests contests;
  @Inject Judging judging;
  @Inject AttachmentFiles files;
  @Inject CurrentStaff staff;

  /** Criterion id → score, e.g. {@code {"scores": {"12": 8.5, "13": 9}}}. */
  public record ScoresInput(
      @NotNull(message = "bắt buộc / required") Map<String, BigDecimal> scores) {
    Map<Long, BigDecimal> byCriterion() {
      Map<Long, BigDecimal> parsed = new HashMap<>();
      scores.forEach(
          (criterion, score) -> {
            try {
              parsed.put(Long.parseLong(criterion.strip()), score);
            } catch (NumberFormatException notAnId) {
              throw new InvalidInput(
                  "scores." + criterion, "không phải mã tiêu chí / not a criterion id");
            }
          });
      return parsed;
    }
  }

  @GET
  @Transactional
  public List<BlindEntryView> entries(@PathParam("id") long id) {
    Contest contest = judged(id);
    return judging.toJudge(contest).stream()
        .map(e -> BlindEntryView.of(e, judging.mine(e, staff.name())))
        .toList();
  }

  @GET
  @Path("{code}")
  @Transactional
  public BlindEntryView entry(@PathParam("id") long id, @PathParam("code") String code) {
    Contest contest = judged(id);
    Entry entry = judging.byCode(contest, code);
    return BlindEntryView.of(entry, judging.mine(entry, staff.name()));
  }

  @PUT
  @Path("{code}/scores")
  @Transactional
  public Map<Long, BigDecimal> score(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @NotNull(message = "bắt buộc / required") ScoresInput input) {
    return judging.score(judged(id), code, staff.name(), input.byCriterion());
  }

  @GET
  @Path("{code}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Transactional
  public Response attachment(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("attachmentId") long attachmentId) {
    Entry entry = judging.byCode(judged(id), code);
    Attachment attachment =
        entry.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
    return files.download(attachment);
  }

  private Contest judged(long id) {
    Contest contest = contests.get(id);
    judging.requireJudge(contest, staff.name());
    return contest;
  }
}
