package vn.loaxanh.activities.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityChange;
import vn.loaxanh.activities.entity.ActivityChange.Action;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.pages.Language;
import vn.loaxanh.platform.pages.Texts;

class AuditTrailInWordsTest {
  private static final Texts VI = Texts.of(Language.VI);
  private static final Texts EN = Texts.of(Language.EN);

  @Test
  void aStatusChangeNamesTheStatuses() {
    assertEquals(
        "Dự kiến → Đã hủy: mưa bão",
        words(Action.STATUS_CHANGED, "PLANNED → CANCELLED: mưa bão", VI));
  }

  @Test
  void anEditNamesTheFieldsAndTheCodesInTheReadersLanguage() {
    String stored =
        "type: RALLY → CAMPAIGN\nchannels: ∅ → LOUDSPEAKER, PRESS\nvisibility: PUBLIC → INTERNAL\nplace: ∅ → Quảng trường";
    assertEquals(
        "Loại: Mít tinh → Chiến dịch\n"
            + "Hình thức tuyên truyền: (trống) → Loa truyền thanh cơ sở, đội tuyên truyền lưu động; Báo chí\n"
            + "Phạm vi: công khai → nội bộ\n"
            + "Địa điểm: (trống) → Quảng trường",
        words(Action.EDITED, stored, VI));
    assertEquals(
        "Visibility: public → internal", words(Action.EDITED, "visibility: PUBLIC → INTERNAL", EN));
  }

  @Test
  void creationAndReschedulingReadAsSentences() {
    assertEquals(
        "Tạo hoạt động: Mít tinh 05/6",
        words(Action.CREATED, "Tạo hoạt động / created: Mít tinh 05/6", VI));
    assertEquals(
        "Rescheduled: 05/06/2025 07:30 – 05/06/2025 11:00 → 06/06/2025 07:30 – 06/06/2025 11:00",
        words(
            Action.RESCHEDULED,
            "05/06/2025 07:30 – 05/06/2025 11:00 → 06/06/2025 07:30 – 06/06/2025 11:00",
            EN));
  }

  @Test
  void aLineItDoesNotKnowIsShownAsStored() {
    assertEquals("imported: something new", words(Action.EDITED, "imported: something new", VI));
  }

  private static String words(Action action, String summary, Texts t) {
    return ActivityPage.inWords(
        new ActivityChange(
            new Activity(new Plan("ke-hoach"), null), Instant.EPOCH, "admin", action, summary),
        t);
  }
}
