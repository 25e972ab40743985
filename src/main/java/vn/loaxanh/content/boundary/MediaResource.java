package vn.loaxanh.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * The media library: images uploaded as the request body (checked by content, whatever the name or
 * type claims), videos and other media as links.
 */
@Path("api/media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class MediaResource {
  private static final int LISTED = 200;

  @Inject MediaLibrary library;

  public record LinkInput(
      @NotNull(message = "bắt buộc / required") @OneOf(Media.Kind.class) String kind,
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
          String title,
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
          String url) {}

  @GET
  @Transactional
  public List<MediaView> list() {
    return library.newestFirst(LISTED).stream().map(MediaView::of).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  public MediaView get(@PathParam("id") long id) {
    return MediaView.of(library.get(id));
  }

  /** Uploads an image: the body is the file, {@code title} and {@code alt} are query parameters. */
  @POST
  @Path("images")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  public Response upload(
      @NotBlank(message = "bắt buộc / required") @QueryParam("title") String title,
      @QueryParam("alt") String altText,
      @HeaderParam("Content-Length") Long declaredLength,
      InputStream body)
      throws IOException {
    if (declaredLength != null) {
      library.requireWithinLimit(declaredLength);
    }
    // Read at most one byte past the limit, so an undeclared huge body cannot fill the memory.
    byte[] bytes = body.readNBytes(library.readLimit());
    Media media = library.upload(bytes, title, altText);
    return Response.status(Response.Status.CREATED)
        .header("Location", "/api/media/" + media.id())
        .entity(MediaView.of(media))
        .build();
  }

  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public Response link(@Valid @NotNull(message = "bắt buộc / required") LinkInput input) {
    Media media =
        library.link(
            OneOfValidator.parse(Media.Kind.class, input.kind()), input.title(), input.url());
    return Response.status(Response.Status.CREATED).entity(MediaView.of(media)).build();
  }
}
