package vn.loaxanh.contests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A category of a contest (staged performance, drawing, video clip, essay) with the files its
 * entries may carry: which content types, how many, how large each.
 */
@Entity
@Table(name = "contest_category")
public class ContestCategory {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  private int ordinal;
  private String code;
  private String name;

  @Column(name = "file_types")
  private String fileTypes;

  @Column(name = "max_file_bytes")
  private long maxFileBytes;

  @Column(name = "max_files")
  private int maxFiles;

  protected ContestCategory() {}

  int ordinal() {
    return ordinal;
  }

  /** Takes the terms of a category offered again under the same code: the row stays. */
  void takeTermsOf(ContestCategory offered) {
    this.ordinal = offered.ordinal;
    this.name = offered.name;
    this.fileTypes = offered.fileTypes;
    this.maxFileBytes = offered.maxFileBytes;
    this.maxFiles = offered.maxFiles;
  }

  ContestCategory(
      Contest contest,
      int ordinal,
      String code,
      String name,
      List<String> fileTypes,
      long maxFileBytes,
      int maxFiles) {
    String field = "categories[" + ordinal + "].";
    if (code == null || !code.matches("[a-z0-9-]{1,50}")) {
      throw new IllegalArgumentException(
          field + "code: chữ thường không dấu, số, '-' / lower-case ASCII, digits, '-'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException(field + "name: 1 đến 200 ký tự / 1 to 200 characters");
    }
    if (fileTypes == null || fileTypes.isEmpty()) {
      throw new IllegalArgumentException(field + "fileTypes: bắt buộc / required");
    }
    for (String type : fileTypes) {
      if (type == null || !type.matches("[a-z]+/([a-z0-9.+-]+|\\*)")) {
        throw new IllegalArgumentException(
            field
                + "fileTypes: kiểu như image/png hoặc video/* / types such as image/png, video/*");
      }
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException(field + "maxFileBytes: phải dương / must be positive");
    }
    if (maxFiles < 0 || maxFiles > 20) {
      throw new IllegalArgumentException(field + "maxFiles: từ 0 đến 20 / 0 to 20");
    }
    this.contest = contest;
    this.ordinal = ordinal;
    this.code = code;
    this.name = name.strip();
    this.fileTypes = String.join(",", fileTypes);
    this.maxFileBytes = maxFileBytes;
    this.maxFiles = maxFiles;
  }

  /** Whether a file whose content was found to be {@code contentType} may be attached. */
  public boolean accepts(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return fileTypes().stream()
        .anyMatch(
            allowed ->
                allowed.endsWith("/*")
                    ? type.startsWith(allowed.substring(0, allowed.length() - 1))
                    : allowed.equals(type));
  }

  public Long id() {
    return id;
  }

  public Contest contest() {
    return contest;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public List<String> fileTypes() {
    return Arrays.asList(fileTypes.split(","));
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  public int maxFiles() {
    return maxFiles;
  }
}
