package vn.loaxanh.contests.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.Participant;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * An entry as a school sends it: a listed school by id, or a school to propose. The entity checks
 * the same limits again, so a page and the API refuse the same things.
 */
public record EntryInput(
    String category,
    Long schoolId,
    @Valid ProposedSchool proposedSchool,
    @Size(max = 200, message = "tối đa 200 ký tự / at most 200 characters") String teacherName,
    @Size(max = 254, message = "tối đa 254 ký tự / at most 254 characters") String teacherEmail,
    @Size(max = 30, message = "tối đa 30 ký tự / at most 30 characters") String teacherPhone,
    @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters") String title,
    @Size(max = Entry.LONGEST_DESCRIPTION, message = "tối đa 5000 ký tự / at most 5000 characters")
        String description,
    @Size(max = Entry.MOST_PARTICIPANTS, message = "tối đa 100 / at most 100")
        List<@Valid ParticipantInput> participants,
    boolean consent) {

  public record ProposedSchool(
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
          String name,
      @NotBlank(message = "bắt buộc / required") @OneOf(SchoolLevel.class) String level,
      Long districtId) {}

  public record ParticipantInput(
      @Size(max = 200, message = "tối đa 200 ký tự / at most 200 characters") String name,
      @Size(max = 30, message = "tối đa 30 ký tự / at most 30 characters") String grade) {}

  Entry.Details details() {
    return new Entry.Details(
        teacherName,
        teacherEmail,
        teacherPhone,
        title,
        description,
        participants == null
            ? List.of()
            : participants.stream()
                .filter(p -> p != null)
                .map(p -> new Participant(p.name(), p.grade()))
                .toList(),
        consent);
  }

  Registrations.Submission submission(String idempotencyKey) {
    return new Registrations.Submission(
        idempotencyKey,
        category,
        schoolId,
        proposedSchool == null
            ? null
            : new Registrations.ProposedSchool(
                proposedSchool.name(),
                OneOfValidator.parse(SchoolLevel.class, proposedSchool.level()),
                proposedSchool.districtId()),
        details());
  }
}
