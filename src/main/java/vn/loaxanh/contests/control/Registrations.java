package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.contests.control.AttachmentStore.Staged;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.ContestCategory;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.School;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.errors.Problems;

/**
 * Public registration. One transaction per submission: the school's row is locked first, so two
 * teachers of one school submitting at the same moment are counted one after the other against the
 * limit, and a retried submission (same idempotency key) finds the entry its first try made.
 */
@ApplicationScoped
@Transactional
public class Registrations {
  static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @PersistenceContext EntityManager em;
  @Inject Contests contests;
  @Inject Outbox outbox;
  @Inject EntryMails mails;
  @Inject AttachmentStore store;
  @Inject Clock clock;

  /** A school not yet in the directory, named by the teacher. */
  public record ProposedSchool(String name, SchoolLevel level, Long districtId) {}

  public record Submission(
      String idempotencyKey,
      String category,
      Long schoolId,
      ProposedSchool proposedSchool,
      Entry.Details details) {}

  /**
   * @param secret the private link's secret, known only when this call made the entry
   * @param replayed whether the submission had been received before
   */
  public record Receipt(Entry entry, Optional<String> secret, boolean replayed) {}

  public Receipt register(long contestId, Submission submission, List<Staged> files, String site) {
    Contest contest = contests.get(contestId);
    Instant now = Instant.now(clock);
    requireOpen(contest, now);
    String key = submission.idempotencyKey();
    if (key == null || key.isBlank() || key.length() > 100) {
      throw new InvalidInput("idempotencyKey", "1 đến 100 ký tự / 1 to 100 characters");
    }
    ContestCategory category =
        contest
            .category(String.valueOf(submission.category()))
            .orElseThrow(
                () -> new InvalidInput("category", "không có thể loại này / no such category"));
    School school = lockedSchool(submission, now);
    Optional<Entry> earlier =
        em.createNamedQuery(Entry.BY_SUBMISSION, Entry.class)
            .setParameter("contest", contest)
            .setParameter("key", key.strip())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      files.forEach(store::discard);
      return new Receipt(earlier.get(), Optional.empty(), true);
    }
    if (!contest.admits(school.level())) {
      throw new InvalidInput(
          "schoolId", "cấp học này không được dự thi / this school level may not enter");
    }
    requireRoom(contest, category, school);
    requireFitting(category, files);
    String secret = Secrets.linkSecret();
    Entry entry;
    try {
      entry =
          new Entry(
              contest,
              category,
              school,
              new Entry.Identity(
                  Secrets.receipt(contest.id()),
                  Secrets.blindCode(),
                  key.strip(),
                  Secrets.hash(secret)),
              submission.details(),
              now);
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    files.forEach(f -> entry.attach(f.fileName(), f.contentType(), f.size(), f.sha256()));
    em.persist(entry);
    em.flush();
    outbox.enqueue(mails.received(entry, site + "/bai-du-thi/" + secret));
    files.forEach(store::keep);
    return new Receipt(entry, Optional.of(secret), false);
  }

  /** The entry behind a private link; a forged or mistyped link finds nothing. */
  public Entry byLink(String secret) {
    if (secret == null || secret.length() > 100) {
      throw new NotFound("entry", "link");
    }
    return em.createNamedQuery(Entry.BY_ACCESS, Entry.class)
        .setParameter("hash", Secrets.hash(secret))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("entry", "link"));
  }

  /** The school corrects its entry until the deadline; new files, when sent, replace the old. */
  public Entry edit(String secret, Entry.Details details, List<Staged> files) {
    Entry entry = byLink(secret);
    Instant now = Instant.now(clock);
    requireOpen(entry.contest(), now);
    if (!files.isEmpty()) {
      requireFitting(entry.category(), files);
    }
    try {
      entry.edit(details, now);
    } catch (IllegalStateException withdrawn) {
      throw new ClientErrorException(Problems.of(Response.Status.CONFLICT, withdrawn.getMessage()));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    if (!files.isEmpty()) {
      entry.replaceAttachments();
      em.flush();
      files.forEach(f -> entry.attach(f.fileName(), f.contentType(), f.size(), f.sha256()));
    }
    em.flush();
    files.forEach(store::keep);
    return entry;
  }

  /** Withdraws the entry, which frees its place under the school's limit. */
  public Entry withdraw(String secret) {
    Entry entry = byLink(secret);
    Instant now = Instant.now(clock);
    requireOpen(entry.contest(), now);
    try {
      entry.withdraw(now);
    } catch (IllegalStateException already) {
      throw new ClientErrorException(Problems.of(Response.Status.CONFLICT, already.getMessage()));
    }
    em.flush();
    return entry;
  }

  private void requireOpen(Contest contest, Instant now) {
    if (now.isBefore(contest.opensAt())) {
      throw new ClientErrorException(
          Problems.of(
              Response.Status.CONFLICT,
              "Cuộc thi chưa mở nhận bài, mở lúc "
                  + SHOWN.format(contest.opensAt())
                  + " / Entries open at "
                  + contest.opensAt(),
              Map.of("opensAt", contest.opensAt().toString())));
    }
    if (!contest.isOpenAt(now)) {
      throw new ClientErrorException(
          Problems.of(
              Response.Status.CONFLICT,
              "Đã hết hạn nhận bài lúc "
                  + SHOWN.format(contest.closesAt())
                  + " / Entries closed at "
                  + contest.closesAt(),
              Map.of("closesAt", contest.closesAt().toString())));
    }
  }

  /**
   * The school the entry is for, locked until the transaction ends. A proposed school joins the
   * directory unconfirmed, or is the one a colleague proposed before under the same name.
   */
  private School lockedSchool(Submission submission, Instant now) {
    Long id = submission.schoolId();
    if (id == null) {
      ProposedSchool proposed = submission.proposedSchool();
      if (proposed == null) {
        throw new InvalidInput(
            "schoolId", "chọn trường hoặc đề xuất trường / choose or propose a school");
      }
      id = proposedSchoolId(proposed, now);
    }
    School school = em.find(School.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (school == null) {
      throw new InvalidInput("schoolId", "không có trường này / no such school");
    }
    return school;
  }

  private long proposedSchoolId(ProposedSchool proposed, Instant now) {
    AdministrativeUnit district =
        proposed.districtId() == null
            ? null
            : em.find(AdministrativeUnit.class, proposed.districtId());
    if (district == null) {
      throw new InvalidInput("proposedSchool.districtId", "bắt buộc / required");
    }
    Optional<School> known =
        em.createNamedQuery(School.BY_NAME, School.class)
            .setParameter("district", district)
            .setParameter("foldedName", School.folded(String.valueOf(proposed.name())))
            .getResultStream()
            .findFirst();
    if (known.isPresent()) {
      return known.get().id();
    }
    try {
      School school = School.proposed(proposed.name(), proposed.level(), district, now);
      em.persist(school);
      em.flush();
      return school.id();
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(
          new IllegalArgumentException("proposedSchool." + brokenRule.getMessage()));
    }
  }

  private void requireRoom(Contest contest, ContestCategory category, School school) {
    long taken =
        em.createNamedQuery(Entry.COUNT_IN_THE_RUNNING, Long.class)
            .setParameter("contest", contest)
            .setParameter("school", school)
            .setParameter("category", category)
            .setParameter("running", Entry.IN_THE_RUNNING)
            .getSingleResult();
    if (taken >= contest.entriesPerSchool()) {
      throw new ClientErrorException(
          Problems.of(
              Response.Status.CONFLICT,
              "Trường đã gửi đủ "
                  + contest.entriesPerSchool()
                  + " bài cho thể loại \""
                  + category.name()
                  + "\" / The school has already sent its "
                  + contest.entriesPerSchool()
                  + " entries in this category",
              Map.of("schoolId", "đã đủ số bài / limit reached")));
    }
  }

  /**
   * Checks the files against the category; the boundary already enforced the size while streaming.
   */
  private void requireFitting(ContestCategory category, List<Staged> files) {
    if (files.size() > category.maxFiles()) {
      throw new InvalidInput(
          "files",
          "tối đa " + category.maxFiles() + " tệp / at most " + category.maxFiles() + " files");
    }
    for (Staged file : files) {
      if (!category.accepts(file.contentType())) {
        throw new ClientErrorException(
            Problems.of(
                Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "Tệp "
                    + file.fileName()
                    + " là "
                    + file.contentType()
                    + ", thể loại này nhận "
                    + String.join(", ", category.fileTypes())
                    + " / "
                    + file.fileName()
                    + " is "
                    + file.contentType()
                    + "; this category takes "
                    + String.join(", ", category.fileTypes()),
                Map.of("files", "kiểu tệp không được nhận / file type not accepted")));
      }
      if (file.size() > category.maxFileBytes()) {
        throw new ClientErrorException(
            Problems.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Tệp quá lớn / File too large: " + file.fileName(),
                Map.of("files", "tối đa " + category.maxFileBytes() + " byte / bytes")));
      }
    }
  }
}
