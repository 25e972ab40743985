package vn.loaxanh.content.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * The media library. An uploaded image is checked by its content (signature, then a full decode),
 * stored once under its SHA-256 outside the database, and given two JPEG renditions: one sized for
 * the article page, one for previews and shared links.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {
  /** Rendition names and their widths in pixels; smaller images are not enlarged. */
  public static final List<String> RENDITIONS = List.of("page", "preview");

  private static final int PAGE_WIDTH = 1200;
  private static final int PREVIEW_WIDTH = 480;
  private static final long MOST_PIXELS = 50_000_000L;

  @PersistenceContext EntityManager em;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "loaxanh.media.dir")
  String folder;

  @Inject
  @ConfigProperty(name = "loaxanh.media.max-bytes")
  long maxBytes;

  @PostConstruct
  void findImagePlugins() {
    // The WebP reader comes with the application, so ImageIO must look in its class loader.
    ImageIO.scanForPlugins();
  }

  /** Answers 413 for an upload past LOAXANH_MEDIA_MAX_BYTES, before or after reading it. */
  public void requireWithinLimit(long length) {
    if (length > maxBytes) {
      throw new ClientErrorException(
          "Ảnh quá lớn: tối đa "
              + maxBytes
              + " byte / Image too large: at most "
              + maxBytes
              + " bytes",
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
  }

  /** The most bytes worth reading of an upload: one past the limit shows it is too large. */
  public int readLimit() {
    return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
  }

  public Media upload(byte[] bytes, String title, String altText) {
    if (bytes.length == 0) {
      throw new InvalidInput("file", "tệp rỗng / the file is empty");
    }
    requireWithinLimit(bytes.length);
    ImageUpload type =
        ImageUpload.sniff(bytes)
            .orElseThrow(
                () ->
                    new ClientErrorException(
                        "Chỉ nhận ảnh JPEG, PNG, WebP / Only JPEG, PNG and WebP images",
                        Response.Status.UNSUPPORTED_MEDIA_TYPE));
    BufferedImage image = decode(bytes);
    String checksum = sha256(bytes);
    store(checksum, "original", bytes);
    store(checksum, "page", jpeg(scaled(image, PAGE_WIDTH)));
    store(checksum, "preview", jpeg(scaled(image, PREVIEW_WIDTH)));
    Media media;
    try {
      media =
          Media.image(
              title,
              altText,
              type.contentType(),
              checksum,
              bytes.length,
              image.getWidth(),
              image.getHeight(),
              Instant.now(clock),
              staff.name());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.persist(media);
    em.flush();
    return media;
  }

  public Media link(Media.Kind kind, String title, String url) {
    Media media;
    try {
      media = Media.link(kind, title, url, Instant.now(clock), staff.name());
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    em.persist(media);
    em.flush();
    return media;
  }

  public Media get(long id) {
    Media media = em.find(Media.class, id);
    if (media == null) {
      throw new NotFound("media", id);
    }
    return media;
  }

  public List<Media> newestFirst(int most) {
    return em.createNamedQuery(Media.NEWEST_FIRST, Media.class).setMaxResults(most).getResultList();
  }

  /** The file of an image rendition ("original", "page" or "preview"). */
  public Path file(Media image, String rendition) {
    return Path.of(folder).resolve(image.checksum() + "-" + rendition);
  }

  private BufferedImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null || (long) image.getWidth() * image.getHeight() > MOST_PIXELS) {
        throw new InvalidInput("file", "ảnh hỏng hoặc quá lớn / a broken or oversized image");
      }
      return image;
    } catch (IOException | RuntimeException broken) {
      if (broken instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw new InvalidInput("file", "ảnh hỏng, không đọc được / a broken image");
    }
  }

  private static BufferedImage scaled(BufferedImage image, int width) {
    int targetWidth = Math.min(width, image.getWidth());
    int targetHeight =
        Math.max(1, Math.round(image.getHeight() * (targetWidth / (float) image.getWidth())));
    BufferedImage scaled = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    try {
      // JPEG has no transparency: transparent parts of a PNG become white, not black.
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, targetWidth, targetHeight);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, targetWidth, targetHeight, null);
    } finally {
      g.dispose();
    }
    return scaled;
  }

  private static byte[] jpeg(BufferedImage image) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ImageIO.write(image, "jpeg", out);
      return out.toByteArray();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Writes through a temporary file and a move, so a reader never sees half a file. */
  private void store(String checksum, String rendition, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      Path target = dir.resolve(checksum + "-" + rendition);
      if (Files.exists(target)) {
        return;
      }
      Path temporary = Files.createTempFile(dir, checksum, ".part");
      Files.write(temporary, bytes);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot store media in " + folder, unwritable);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
