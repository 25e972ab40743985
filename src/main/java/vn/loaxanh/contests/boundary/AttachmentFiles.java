package vn.loaxanh.contests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.loaxanh.contests.control.AttachmentStore;
import vn.loaxanh.contests.entity.Attachment;
import vn.loaxanh.platform.errors.NotFound;

/**
 * Sends an attachment back to those allowed to see it. Private, never cached by others, and never
 * shown inline: a file that is HTML or script in disguise cannot run on the portal's origin.
 */
@ApplicationScoped
public class AttachmentFiles {
  @Inject AttachmentStore store;

  /** Always a download under the name the school gave, never shown inline. */
  static String disposition(Attachment attachment) {
    return "attachment; filename*=UTF-8''"
        + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  public Response download(Attachment attachment) {
    Path file = store.file(attachment.sha256());
    if (!Files.isReadable(file)) {
      throw new NotFound("attachment file", attachment.id());
    }
    return Response.ok(file.toFile(), attachment.contentType())
        .header("Content-Disposition", disposition(attachment))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .header("Content-Length", attachment.sizeBytes())
        .build();
  }
}
