package vn.loaxanh.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An import started from the page, which runs in the background: its file, who asked, how far it
 * has come, and how it ended (the outcome, or the line and reason of the mistake).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  private String content;

  /** The conflicts resolved for the file, one key per line. */
  private String taken;

  @Column(name = "requested_by")
  private String requestedBy;

  /** For a coordinator's import, their agency: the import touches only its activities. */
  @Column(name = "agency_id")
  private Long agencyId;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "records_total")
  private int recordsTotal;

  @Column(name = "records_done")
  private int recordsDone;

  /** The outcome as JSON, once done. */
  private String outcome;

  @Column(name = "error_line")
  private Integer errorLine;

  @Column(name = "error_reason")
  private String errorReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  public ImportJob(
      String fileName,
      String content,
      String taken,
      String requestedBy,
      Long agencyId,
      Instant createdAt) {
    this.fileName = fileName;
    this.content = content;
    this.taken = taken;
    this.requestedBy = requestedBy;
    this.agencyId = agencyId;
    this.state = State.QUEUED;
    this.createdAt = createdAt;
  }

  public void progress(int done, int total) {
    this.state = State.RUNNING;
    this.recordsDone = done;
    this.recordsTotal = total;
  }

  public void succeed(String outcome, Instant at) {
    this.state = State.DONE;
    this.recordsDone = recordsTotal;
    this.outcome = outcome;
    this.finishedAt = at;
  }

  public void fail(int line, String reason, Instant at) {
    this.state = State.FAILED;
    this.errorLine = line;
    this.errorReason =
        reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    this.finishedAt = at;
  }

  public boolean isFinished() {
    return state == State.DONE || state == State.FAILED;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String content() {
    return content;
  }

  public String taken() {
    return taken;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Long agencyId() {
    return agencyId;
  }

  public State state() {
    return state;
  }

  public int recordsTotal() {
    return recordsTotal;
  }

  public int recordsDone() {
    return recordsDone;
  }

  public String outcome() {
    return outcome;
  }

  public Integer errorLine() {
    return errorLine;
  }

  public String errorReason() {
    return errorReason;
  }
}
