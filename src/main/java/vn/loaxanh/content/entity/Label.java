package vn.loaxanh.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.loaxanh.content.control.Folding;

/**
 * A tag or theme as an author wrote it ("Rác thải nhựa"), with the accent-free slug its page and
 * matching use ("rac-thai-nhua"). Two labels with the same slug are the same label.
 */
@Embeddable
public class Label {
  /** The tables name this column after what the label is: {@code tag} or {@code theme}. */
  @Column(name = "text", nullable = false, length = 300)
  private String text;

  @Column(name = "slug", nullable = false, length = 320)
  private String slug;

  protected Label() {}

  /**
   * @param field the request field named in an error, such as "tags"
   */
  public Label(String text, int longest, String field) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty() || trimmed.length() > longest) {
      throw new IllegalArgumentException(
          field + ": 1 đến " + longest + " ký tự / 1 to " + longest + " characters");
    }
    this.text = trimmed;
    this.slug = Folding.slug(trimmed, longest + 20);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(field + ": cần chữ hoặc số / needs letters or digits");
    }
  }

  public static Label tag(String text) {
    return new Label(text, 100, "tags");
  }

  public static Label theme(String text) {
    return new Label(text, 300, "themes");
  }

  public String text() {
    return text;
  }

  public String slug() {
    return slug;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Label label && label.slug.equals(slug);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug);
  }
}
