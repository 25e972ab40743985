package vn.loaxanh.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.platform.errors.NotFound;

/**
 * The school's own view of its entry, reached with the secret from its confirmation mail: read,
 * correct or withdraw until the deadline. A wrong secret answers 404, like an unknown entry.
 */
@Path("api/private-entries/{secret}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivateEntriesResource {
  @Inject Registrations registrations;
  @Inject AttachmentFiles files;

  @GET
  @Transactional
  public EntryView get(@PathParam("secret") String secret) {
    return EntryView.of(registrations.byLink(secret));
  }

  /** Rewrites the details; the category, the school and the files stay. */
  @PUT
  @Transactional
  public EntryView edit(
      @PathParam("secret") String secret,
      @Valid @NotNull(message = "bắt buộc / required") EntryInput input) {
    return EntryView.of(registrations.edit(secret, input.details(), List.of()));
  }

  @DELETE
  @Transactional
  public EntryView withdraw(@PathParam("secret") String secret) {
    return EntryView.of(registrations.withdraw(secret));
  }

  @GET
  @Path("attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Transactional
  public Response attachment(
      @PathParam("secret") String secret, @PathParam("attachmentId") long attachmentId) {
    Entry entry = registrations.byLink(secret);
    return files.download(
        entry.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId)));
  }
}
