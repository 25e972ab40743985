package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.contests.control.ContestEntries;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.Roles;

/** One entry as staff handle it: its details with the school, its files, its eligibility. */
@Path("api/contest-entries/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class EntriesResource {
  @Inject ContestEntries entries;
  @Inject AttachmentFiles files;

  public record EligibilityInput(
      @NotNull(message = "bắt buộc / required") Boolean eligible,
      @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String reason,
      @NotNull(message = "bắt buộc / required") Long version) {}

  @GET
  @Transactional
  public EntryView get(@PathParam("id") long id) {
    return EntryView.of(entries.get(id));
  }

  /** Marks the entry eligible or not (with a reason); the school is told by mail. */
  @POST
  @Path("eligibility")
  @Transactional
  public EntryView eligibility(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") EligibilityInput input) {
    return EntryView.of(
        entries.judgeEligibility(id, input.version(), input.eligible(), input.reason()));
  }

  @GET
  @Path("attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Transactional
  public Response attachment(
      @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    Entry entry = entries.get(id);
    return files.download(
        entry.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId)));
  }
}
