package vn.loaxanh.contests.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An entry a school registered for a contest: the teacher of record, the participants, the work and
 * its files. The school follows it through a private link whose secret only its mail holds.
 */
@Entity
@Table(name = "contest_entry")
@NamedQuery(
    name = Entry.BY_SUBMISSION,
    query = "select e from Entry e where e.contest = :contest and e.idempotencyKey = :key")
@NamedQuery(name = Entry.BY_ACCESS, query = "select e from Entry e where e.accessHash = :hash")
@NamedQuery(
    name = Entry.BY_BLIND_CODE,
    query = "select e from Entry e where e.contest = :contest and e.blindCode = :code")
@NamedQuery(
    name = Entry.COUNT_IN_THE_RUNNING,
    query =
        "select count(e) from Entry e where e.contest = :contest and e.school = :school and"
            + " e.category = :category and e.status in :running")
public class Entry {
  public static final String BY_SUBMISSION = "Entry.bySubmission";
  public static final String BY_ACCESS = "Entry.byAccess";
  public static final String BY_BLIND_CODE = "Entry.byBlindCode";
  public static final String COUNT_IN_THE_RUNNING = "Entry.countInTheRunning";
  public static final List<EntryStatus> IN_THE_RUNNING =
      List.of(EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE);
  public static final int MOST_PARTICIPANTS = 100;
  public static final int LONGEST_DESCRIPTION = 5000;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^[0-9+ .()-]{8,20}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id")
  private ContestCategory category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  private String receipt;

  @Column(name = "blind_code")
  private String blindCode;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "access_hash")
  private String accessHash;

  @Column(name = "teacher_name")
  private String teacherName;

  @Column(name = "teacher_email")
  private String teacherEmail;

  @Column(name = "teacher_phone")
  private String teacherPhone;

  private String title;
  private String description;
  private boolean consent;

  @Enumerated(EnumType.STRING)
  private EntryStatus status = EntryStatus.SUBMITTED;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "entry_participant", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "ordinal")
  private List<Participant> participants = new ArrayList<>();

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Attachment> attachments = new ArrayList<>();

  @Version private long version;

  protected Entry() {}

  /** What a teacher fills in; the same for a new entry and for an edit. */
  public record Details(
      String teacherName,
      String teacherEmail,
      String teacherPhone,
      String title,
      String description,
      List<Participant> participants,
      boolean consent) {}

  /** The numbers an entry is known by: to the school, to the judges, and its link's hash. */
  public record Identity(
      String receipt, String blindCode, String idempotencyKey, String accessHash) {}

  public Entry(
      Contest contest,
      ContestCategory category,
      School school,
      Identity identity,
      Details details,
      Instant now) {
    this.contest = contest;
    this.category = category;
    this.school = school;
    this.receipt = identity.receipt();
    this.blindCode = identity.blindCode();
    this.idempotencyKey = identity.idempotencyKey();
    this.accessHash = identity.accessHash();
    this.submittedAt = now;
    describe(details, now);
  }

  /** The school corrects its entry; a withdrawn entry stays as it was. */
  public void edit(Details details, Instant now) {
    if (status == EntryStatus.WITHDRAWN) {
      throw new IllegalStateException("Bài đã rút / The entry was withdrawn");
    }
    describe(details, now);
  }

  public void attach(String fileName, String contentType, long sizeBytes, String sha256) {
    attachments.add(new Attachment(this, fileName, contentType, sizeBytes, sha256));
  }

  /** Drops the files, for the new ones the school sends with an edit. */
  public void replaceAttachments() {
    attachments.clear();
  }

  public void withdraw(Instant now) {
    if (status == EntryStatus.WITHDRAWN) {
      throw new IllegalStateException("Bài đã rút / The entry was already withdrawn");
    }
    status = EntryStatus.WITHDRAWN;
    updatedAt = now;
  }

  /** Staff decide whether the entry meets the rules; a refusal needs a reason for the school. */
  public void judgeEligibility(boolean eligible, String reason, Instant now) {
    if (status == EntryStatus.WITHDRAWN) {
      throw new IllegalStateException("Bài đã rút / The entry was withdrawn");
    }
    if (!eligible && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("reason: cần lý do / a reason is required");
    }
    if (reason != null && reason.length() > 1000) {
      throw new IllegalArgumentException("reason: tối đa 1000 ký tự / at most 1000 characters");
    }
    status = eligible ? EntryStatus.ELIGIBLE : EntryStatus.INELIGIBLE;
    statusReason = eligible ? null : reason.strip();
    updatedAt = now;
  }

  private void describe(Details details, Instant now) {
    teacherName = text("teacherName", details.teacherName(), 200);
    teacherEmail = text("teacherEmail", details.teacherEmail(), 254);
    if (!EMAIL.matcher(teacherEmail).matches()) {
      throw new IllegalArgumentException("teacherEmail: không phải địa chỉ thư / not an e-mail");
    }
    teacherPhone = text("teacherPhone", details.teacherPhone(), 30);
    if (!PHONE.matcher(teacherPhone).matches()) {
      throw new IllegalArgumentException(
          "teacherPhone: 8 đến 20 chữ số / 8 to 20 digits, spaces, +, -");
    }
    title = text("title", details.title(), 300);
    String text = details.description();
    if (text != null && text.length() > LONGEST_DESCRIPTION) {
      throw new IllegalArgumentException(
          "description: tối đa 5000 ký tự / at most 5000 characters");
    }
    description = text == null || text.isBlank() ? null : text.strip();
    List<Participant> people = details.participants() == null ? List.of() : details.participants();
    if (people.isEmpty()) {
      throw new IllegalArgumentException("participants: ít nhất một em / at least one participant");
    }
    if (people.size() > MOST_PARTICIPANTS) {
      throw new IllegalArgumentException("participants: tối đa 100 / at most 100");
    }
    List<Participant> checked = new ArrayList<>();
    for (Participant person : people) {
      int n = checked.size();
      checked.add(
          new Participant(
              text("participants[" + n + "].name", person.name(), 200),
              text("participants[" + n + "].grade", person.grade(), 30)));
    }
    participants.clear();
    participants.addAll(checked);
    if (!details.consent()) {
      throw new IllegalArgumentException(
          "consent: cần đồng ý với thể lệ / the rules must be accepted");
    }
    consent = true;
    updatedAt = now;
  }

  private static String text(String field, String value, int longest) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": bắt buộc / required");
    }
    if (value.strip().length() > longest) {
      throw new IllegalArgumentException(
          field + ": tối đa " + longest + " ký tự / at most " + longest + " characters");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public Contest contest() {
    return contest;
  }

  public ContestCategory category() {
    return category;
  }

  public School school() {
    return school;
  }

  public String receipt() {
    return receipt;
  }

  public String blindCode() {
    return blindCode;
  }

  public String teacherName() {
    return teacherName;
  }

  public String teacherEmail() {
    return teacherEmail;
  }

  public String teacherPhone() {
    return teacherPhone;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public EntryStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<Participant> participants() {
    return List.copyOf(participants);
  }

  public Optional<Attachment> attachment(long attachmentId) {
    return attachments.stream().filter(a -> a.id() == attachmentId).findFirst();
  }

  public List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  public long version() {
    return version;
  }
}
