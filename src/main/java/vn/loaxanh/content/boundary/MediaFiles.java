package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.errors.NotFound;

/**
 * Serves image files: /media/{id}/{rendition}-{checksum}.{ext}. The checksum in the address means
 * the bytes behind an address never change, so browsers and proxies may keep them for a year.
 */
@WebServlet("/media/*")
public class MediaFiles extends HttpServlet {
  private static final Pattern ADDRESS =
      Pattern.compile("/(\\d{1,18})/(original|page|preview)-([0-9a-f]{12})\\.(jpg|png|webp)");

  @Inject MediaLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(String.valueOf(request.getPathInfo()));
    Media media;
    try {
      media = address.matches() ? library.get(Long.parseLong(address.group(1))) : null;
    } catch (NotFound gone) {
      media = null;
    }
    if (media == null
        || media.kind() != Media.Kind.IMAGE
        || !media.checksum().startsWith(address.group(3))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String rendition = address.group(2);
    Path file = library.file(media, rendition);
    if (!Files.exists(file)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + media.checksum().substring(0, 16) + "-" + rendition + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    // The application's default response encoding (UTF-8) must not label image bytes.
    response.setCharacterEncoding((String) null);
    response.setContentType(rendition.equals("original") ? media.contentType() : "image/jpeg");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLengthLong(Files.size(file));
    Files.copy(file, response.getOutputStream());
  }
}
