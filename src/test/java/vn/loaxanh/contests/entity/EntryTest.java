package vn.loaxanh.contests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry's own rules: what a teacher must give, eligibility, withdrawal. */
class EntryTest {
  private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
  private static final Entry.Identity IDENTITY =
      new Entry.Identity("CT1-ABC", "B-001", "khoa-1", "hash");

  private static Entry.Details details(
      String email, String phone, List<Participant> pupils, boolean consent) {
    return new Entry.Details(
        "Cô Lò Thị Hoa", email, phone, "Sắc màu Mộc Châu", null, pupils, consent);
  }

  private static Entry.Details good() {
    return details(
        "hoa@thcs-mocchau.edu.vn", "0912 345 678", List.of(new Participant("Em Lan", "8A")), true);
  }

  private static String refusal(Entry.Details details) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> new Entry(null, null, null, IDENTITY, details, NOW))
        .getMessage();
  }

  @Test
  void aTeacherGivesAMailAPhonePupilsAndConsent() {
    List<Participant> one = List.of(new Participant("Em Lan", "8A"));
    assertTrue(
        refusal(details("khong-phai-thu", "0912345678", one, true)).startsWith("teacherEmail: "));
    assertTrue(refusal(details("a@b.vn", "12", one, true)).startsWith("teacherPhone: "));
    assertTrue(
        refusal(details("a@b.vn", "0912345678", List.of(), true)).startsWith("participants: "));
    assertTrue(
        refusal(
                details(
                    "a@b.vn",
                    "0912345678",
                    Collections.nCopies(101, new Participant("Em", "6")),
                    true))
            .startsWith("participants: "));
    assertTrue(
        refusal(details("a@b.vn", "0912345678", List.of(new Participant(" ", "6")), true))
            .startsWith("participants[0].name: "));
    assertTrue(refusal(details("a@b.vn", "0912345678", one, false)).startsWith("consent: "));

    Entry entry = new Entry(null, null, null, IDENTITY, good(), NOW);
    assertEquals(EntryStatus.SUBMITTED, entry.status());
    assertEquals("Sắc màu Mộc Châu", entry.title());
    assertNull(entry.description(), "a blank description is none");
  }

  @Test
  void anIneligibleEntryNeedsAReasonAndAWithdrawnOneStaysWithdrawn() {
    Entry entry = new Entry(null, null, null, IDENTITY, good(), NOW);
    assertThrows(IllegalArgumentException.class, () -> entry.judgeEligibility(false, " ", NOW));
    assertEquals(EntryStatus.SUBMITTED, entry.status());
    entry.judgeEligibility(false, "  Quá thời lượng 5 phút ", NOW);
    assertEquals(EntryStatus.INELIGIBLE, entry.status());
    assertEquals("Quá thời lượng 5 phút", entry.statusReason());
    entry.judgeEligibility(true, null, NOW);
    assertEquals(EntryStatus.ELIGIBLE, entry.status());
    assertNull(entry.statusReason());

    entry.withdraw(NOW);
    assertEquals(EntryStatus.WITHDRAWN, entry.status());
    assertThrows(IllegalStateException.class, () -> entry.withdraw(NOW));
    assertThrows(IllegalStateException.class, () -> entry.edit(good(), NOW));
    assertThrows(IllegalStateException.class, () -> entry.judgeEligibility(true, null, NOW));
  }
}
