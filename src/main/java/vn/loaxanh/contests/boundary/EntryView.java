package vn.loaxanh.contests.boundary;

import java.time.Instant;
import java.util.List;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.contests.entity.Participant;

/** An entry with who sent it: for staff and for the school's own private link. */
public record EntryView(
    long id,
    String receipt,
    long contestId,
    String category,
    SchoolView school,
    String teacherName,
    String teacherEmail,
    String teacherPhone,
    String title,
    String description,
    List<ParticipantView> participants,
    List<AttachmentView> attachments,
    EntryStatus status,
    String statusReason,
    Instant submittedAt,
    Instant updatedAt,
    long version) {

  public record ParticipantView(String name, String grade) {}

  public record AttachmentView(
      long id, String fileName, String contentType, long sizeBytes, String sha256) {}

  static EntryView of(Entry entry) {
    return new EntryView(
        entry.id(),
        entry.receipt(),
        entry.contest().id(),
        entry.category().code(),
        SchoolView.of(entry.school()),
        entry.teacherName(),
        entry.teacherEmail(),
        entry.teacherPhone(),
        entry.title(),
        entry.description(),
        participants(entry.participants()),
        attachments(entry),
        entry.status(),
        entry.statusReason(),
        entry.submittedAt(),
        entry.updatedAt(),
        entry.version());
  }

  static List<AttachmentView> attachments(Entry entry) {
    return entry.attachments().stream()
        .map(
            a ->
                new AttachmentView(
                    a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256()))
        .toList();
  }

  private static List<ParticipantView> participants(List<Participant> people) {
    return people.stream().map(p -> new ParticipantView(p.name(), p.grade())).toList();
  }
}
