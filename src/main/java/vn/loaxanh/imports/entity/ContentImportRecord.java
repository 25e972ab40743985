package vn.loaxanh.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The log of imports: which file, its checksum, when, by whom, and what it changed. */
@Entity
@Table(name = "content_import")
@NamedQuery(
    name = ContentImportRecord.LATEST,
    query = "select i from ContentImportRecord i order by i.importedAt desc, i.id desc")
@NamedQuery(name = ContentImportRecord.COUNT, query = "select count(i) from ContentImportRecord i")
public class ContentImportRecord {
  public static final String LATEST = "ContentImportRecord.latest";
  public static final String COUNT = "ContentImportRecord.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  private String sha256;

  @Column(name = "imported_at")
  private Instant importedAt;

  @Column(name = "imported_by")
  private String importedBy;

  private int created;
  private int updated;
  private int unchanged;

  protected ContentImportRecord() {}

  public ContentImportRecord(
      String fileName,
      String sha256,
      Instant importedAt,
      String importedBy,
      int created,
      int updated,
      int unchanged) {
    this.fileName = fileName;
    this.sha256 = sha256;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.created = created;
    this.updated = updated;
    this.unchanged = unchanged;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }
}
