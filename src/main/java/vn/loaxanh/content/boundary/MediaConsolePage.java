package vn.loaxanh.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.security.Roles;

/**
 * The media library for staff (/quan-tri/anh): upload an image from the phone or computer, add a
 * video or other medium by link, and see what is there with the renditions' addresses to use in
 * Markdown. The library checks images by content and size, as for the API.
 */
@Path("quan-tri/anh")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class MediaConsolePage implements FormPage {
  private static final int SHOWN = 200;

  @Inject MediaLibrary library;
  @Inject CurrentPage page;

  public record Item(String title, String kind, String previewUrl, String pageUrl, String url) {}

  public record Model(boolean uploaded, String error, List<Item> items, List<Option> linkKinds) {}

  @GET
  public Page show(@QueryParam("ok") String ok) {
    return show("1".equals(ok), null);
  }

  /** An image, read no further than the library accepts. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  public Response upload(List<EntityPart> parts) throws IOException {
    Optional<EntityPart> file =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> p.getName().equals("file")).findFirst();
    byte[] bytes = new byte[0];
    if (file.isPresent()) {
      try (InputStream in = file.get().getContent()) {
        bytes = in.readNBytes(library.readLimit());
      }
    }
    if (bytes.length == 0) {
      throw new InvalidInput("file", "hãy chọn một tệp ảnh / choose an image file");
    }
    library.upload(bytes, text(parts, "title"), text(parts, "alt"));
    return Page.seeOther("/quan-tri/anh?ok=1");
  }

  @POST
  @Path("lien-ket")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response link(
      @FormParam("kind") String kind,
      @FormParam("title") String title,
      @FormParam("url") String url) {
    library.link(kind(kind), title, url);
    return Page.seeOther("/quan-tri/anh?ok=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(false, refusal.summary());
  }

  private static Media.Kind kind(String kind) {
    try {
      return Media.Kind.valueOf(String.valueOf(kind));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInput("kind", "không có loại này / no such kind");
    }
  }

  private static String text(List<EntityPart> parts, String name) throws IOException {
    for (EntityPart part : parts) {
      if (part.getName().equals(name)) {
        return part.getContent(String.class);
      }
    }
    return null;
  }

  private Page show(boolean uploaded, String error) {
    var t = page.t();
    List<Item> items =
        library.newestFirst(SHOWN).stream()
            .map(
                m ->
                    m.kind() == Media.Kind.IMAGE
                        ? new Item(
                            m.title(),
                            t.of(m.kind()),
                            PublicAddresses.media(m, "preview"),
                            PublicAddresses.media(m, "page"),
                            PublicAddresses.media(m, "original"))
                        : new Item(m.title(), t.of(m.kind()), null, null, m.url()))
            .toList();
    return new Page(
        "content/media.jte",
        new Model(
            uploaded,
            error,
            items,
            Arrays.stream(new Media.Kind[] {Media.Kind.VIDEO, Media.Kind.LINK})
                .map(k -> new Option(k.name(), t.of(k)))
                .toList()));
  }
}
