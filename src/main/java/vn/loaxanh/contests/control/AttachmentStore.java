package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.Problems;

/**
 * Entry files outside the database. An upload is streamed to a staging file while its SHA-256 is
 * computed and its size counted, and abandoned the moment it passes the limit; its type is then
 * read from its bytes by Apache Tika (the name the sender gave counts for nothing). Kept files are
 * named by their checksum, so a file sent twice is stored once.
 */
@ApplicationScoped
public class AttachmentStore {
  private static final int BUFFER = 64 * 1024;

  /**
   * Tika's magic-byte database; given no file name it judges by content alone. Its signatures sit
   * in a file's first bytes, so only those are kept while the upload streams past.
   */
  private final Detector detector = MimeTypes.getDefaultMimeTypes();

  private static final int HEAD = 64 * 1024;

  @Inject
  @ConfigProperty(name = "loaxanh.attachments.dir")
  String folder;

  @Inject
  @ConfigProperty(name = "loaxanh.attachments.ceiling-bytes")
  long ceilingBytes;

  /** An upload in the staging folder, not yet part of an entry. */
  public record Staged(Path file, String fileName, long size, String sha256, String contentType) {}

  /**
   * Streams an upload to staging; 413 as soon as it passes {@code limitBytes} (or the ceiling), 400
   * for an empty file.
   */
  public Staged stage(InputStream content, String fileName, long limitBytes, String field) {
    long limit = Math.min(limitBytes, ceilingBytes);
    Path staging = stagingFolder().resolve(UUID.randomUUID().toString());
    MessageDigest sha256 = sha256();
    long size = 0;
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try (InputStream in = content;
        OutputStream out = new DigestOutputStream(Files.newOutputStream(staging), sha256)) {
      byte[] buffer = new byte[BUFFER];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        size += read;
        if (size > limit) {
          throw tooLarge(field, limit);
        }
        out.write(buffer, 0, read);
        if (head.size() < HEAD) {
          head.write(buffer, 0, Math.min(read, HEAD - head.size()));
        }
      }
    } catch (IOException | RuntimeException failed) {
      deleteQuietly(staging);
      if (failed instanceof IOException unreadable) {
        throw new UncheckedIOException("cannot stage an upload in " + folder, unreadable);
      }
      throw (RuntimeException) failed;
    }
    if (size == 0) {
      deleteQuietly(staging);
      throw new InvalidInput(field, "tệp rỗng / the file is empty");
    }
    String type = detect(head.toByteArray());
    return new Staged(
        staging, safeName(fileName), size, HexFormat.of().formatHex(sha256.digest()), type);
  }

  /** Moves a staged upload to its place; a file with the same checksum is already there. */
  public void keep(Staged staged) {
    Path target = file(staged.sha256());
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(staged.file());
      } else {
        Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (FileAlreadyExistsException sentTwiceAtOnce) {
      deleteQuietly(staged.file());
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot keep an attachment in " + folder, unwritable);
    }
  }

  public void discard(Staged staged) {
    deleteQuietly(staged.file());
  }

  public Path file(String sha256) {
    return Path.of(folder).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private String detect(byte[] head) {
    try {
      return detector
          .detect(new ByteArrayInputStream(head), new Metadata())
          .getBaseType()
          .toString();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read an upload's first bytes", unreadable);
    }
  }

  private Path stagingFolder() {
    try {
      return Files.createDirectories(Path.of(folder).resolve("staging"));
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot create " + folder + "/staging", unwritable);
    }
  }

  /** The name as shown to staff and in downloads: no folders, no control characters. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      return "tep";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static ClientErrorException tooLarge(String field, long limit) {
    return new ClientErrorException(
        Problems.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "Tệp quá lớn: tối đa " + limit + " byte / File too large: at most " + limit + " bytes",
            Map.of(field, "tối đa " + limit + " byte / at most " + limit + " bytes")));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException leftBehind) {
      // A staging file left behind belongs to no entry and may be deleted at any time.
    }
  }
}
