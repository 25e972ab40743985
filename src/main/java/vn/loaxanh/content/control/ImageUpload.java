package vn.loaxanh.content.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an upload really is, read from its first bytes rather than its name or the type the browser
 * claimed: a text file renamed to .jpg is still text.
 */
public enum ImageUpload {
  JPEG("image/jpeg"),
  PNG("image/png"),
  WEBP("image/webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String contentType;

  ImageUpload(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ImageUpload> sniff(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (bytes.length >= 12
        && bytes[0] == 'R'
        && bytes[1] == 'I'
        && bytes[2] == 'F'
        && bytes[3] == 'F'
        && bytes[8] == 'W'
        && bytes[9] == 'E'
        && bytes[10] == 'B'
        && bytes[11] == 'P') {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }
}
