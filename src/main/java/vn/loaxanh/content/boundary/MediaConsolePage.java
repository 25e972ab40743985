package vn.loaxanh.content.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * The media library for staff: upload an image from the phone or computer, add a video or other
 * medium by link, and see what is there with the renditions' addresses to use in Markdown.
 */
@WebServlet("/quan-tri/anh")
@MultipartConfig(maxFileSize = 50L * 1024 * 1024, maxRequestSize = 51L * 1024 * 1024)
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class MediaConsolePage extends HttpServlet {
  private static final int SHOWN = 200;

  @Inject MediaLibrary library;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record Item(String title, String kind, String previewUrl, String pageUrl, String url) {}

  public record Model(boolean uploaded, String error, List<Item> items, List<Option> linkKinds) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(
        templates.context(request, response),
        response,
        "1".equals(request.getParameter("ok")),
        null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    PageContext page = templates.context(request, response);
    if (tokens.refused(request, response)) {
      return;
    }
    try {
      if ("link".equals(request.getParameter("action"))) {
        library.link(
            Media.Kind.valueOf(String.valueOf(request.getParameter("kind"))),
            request.getParameter("title"),
            request.getParameter("url"));
      } else {
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
          throw new InvalidInput("file", "chọn một tệp ảnh / choose an image file");
        }
        try (InputStream in = file.getInputStream()) {
          library.upload(
              in.readAllBytes(), request.getParameter("title"), request.getParameter("alt"));
        }
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/quan-tri/anh?ok=1");
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      show(page, response, false, String.join("; ", invalid.fields().values()));
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      show(page, response, false, refused.getMessage());
    } catch (IllegalArgumentException | IllegalStateException wrong) {
      // An unknown kind, or a file past the servlet's own limit.
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      show(page, response, false, "Tệp hoặc dữ liệu không hợp lệ / Invalid file or input");
    }
  }

  private void show(PageContext page, HttpServletResponse response, boolean uploaded, String error)
      throws IOException {
    var t = page.t();
    List<Item> items =
        library.newestFirst(SHOWN).stream()
            .map(
                m ->
                    m.kind() == Media.Kind.IMAGE
                        ? new Item(
                            m.title(),
                            m.kind().name(),
                            PublicAddresses.media(m, "preview"),
                            PublicAddresses.media(m, "page"),
                            PublicAddresses.media(m, "original"))
                        : new Item(m.title(), m.kind().name(), null, null, m.url()))
            .toList();
    response.setHeader("Cache-Control", "no-store");
    templates.write(
        page,
        response,
        "content/media.jte",
        Map.of(
            "model",
            new Model(
                uploaded,
                error,
                items,
                Arrays.stream(new Media.Kind[] {Media.Kind.VIDEO, Media.Kind.LINK})
                    .map(k -> new Option(k.name(), k.name()))
                    .toList())));
  }
}
