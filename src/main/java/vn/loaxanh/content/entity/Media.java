package vn.loaxanh.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An item of the media library: an uploaded image (its bytes live in files named by their checksum,
 * outside the database) or a video or other medium elsewhere, by link.
 */
@Entity
@Table(name = "media")
@NamedQuery(name = Media.NEWEST_FIRST, query = "select m from Media m order by m.id desc")
public class Media {
  public static final String NEWEST_FIRST = "Media.newestFirst";

  public enum Kind {
    IMAGE,
    VIDEO,
    LINK
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "alt_text", length = 300)
  private String altText;

  @Column(length = 1000)
  private String url;

  @Column(name = "content_type", length = 50)
  private String contentType;

  @Column(length = 64)
  private String checksum;

  private Long bytes;
  private Integer width;
  private Integer height;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Version private long version;

  protected Media() {}

  /** An uploaded image whose bytes were checked and stored under their checksum. */
  public static Media image(
      String title,
      String altText,
      String contentType,
      String checksum,
      long bytes,
      int width,
      int height,
      Instant at,
      String by) {
    Media media = new Media(Kind.IMAGE, title, at, by);
    media.altText = blankToNull(altText);
    media.contentType = contentType;
    media.checksum = checksum;
    media.bytes = bytes;
    media.width = width;
    media.height = height;
    return media;
  }

  /** A video or other medium published elsewhere, shown as a link with its title. */
  public static Media link(Kind kind, String title, String url, Instant at, String by) {
    if (kind == Kind.IMAGE) {
      throw new IllegalArgumentException("kind: ảnh phải tải lên / images are uploaded");
    }
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new IllegalArgumentException("url: cần địa chỉ http(s) / an http(s) address");
    }
    if (url.length() > 1000) {
      throw new IllegalArgumentException("url: tối đa 1000 ký tự / at most 1000 characters");
    }
    Media media = new Media(kind, title, at, by);
    media.url = url;
    return media;
  }

  private Media(Kind kind, String title, Instant at, String by) {
    if (title == null || title.isBlank() || title.length() > 300) {
      throw new IllegalArgumentException("title: 1 đến 300 ký tự / 1 to 300 characters");
    }
    this.kind = kind;
    this.title = title.strip();
    this.createdAt = at;
    this.createdBy = by;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  /** What a screen reader says; the title when no alternative text was given. */
  public String altText() {
    return altText == null ? title : altText;
  }

  public String url() {
    return url;
  }

  public String contentType() {
    return contentType;
  }

  public String checksum() {
    return checksum;
  }

  public Long bytes() {
    return bytes;
  }

  public Integer width() {
    return width;
  }

  public Integer height() {
    return height;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
