package vn.loaxanh.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loaxanh.imports.control.ReimportRule.Decision;

class ReimportRuleTest {
  private static final Map<String, String> LAST_IMPORT =
      Map.of("status", "CONFIRMED", "title", "Mít tinh 05/6", "place", "Quảng trường");

  @Test
  void aFieldStaffLeftAsImportedFollowsTheFile() {
    var rule = new ReimportRule(LAST_IMPORT, Set.of());
    assertEquals(Decision.TAKE_FILE, rule.decide("title", "Mít tinh 05/6", "Mít tinh 06/6"));
  }

  @Test
  void aFieldStaffChangedIsKeptAsAConflict() {
    // The Sơn La case: staff postponed the rally; the file still says CONFIRMED.
    var rule = new ReimportRule(LAST_IMPORT, Set.of());
    assertEquals(Decision.CONFLICT_KEPT, rule.decide("status", "POSTPONED", "CONFIRMED"));
  }

  @Test
  void theOfficerMayTakeTheFilesValueForAConflict() {
    var rule = new ReimportRule(LAST_IMPORT, Set.of("status"));
    assertEquals(Decision.CONFLICT_TAKEN, rule.decide("status", "POSTPONED", "DONE"));
    assertEquals(
        Decision.CONFLICT_KEPT,
        new ReimportRule(LAST_IMPORT, Set.of("place")).decide("status", "POSTPONED", "DONE"));
  }

  @Test
  void agreementIsNoChangeWhoeverMadeIt() {
    var rule = new ReimportRule(LAST_IMPORT, Set.of());
    assertEquals(Decision.SAME, rule.decide("status", "POSTPONED", "POSTPONED"));
    assertEquals(Decision.SAME, rule.decide("place", null, null));
  }

  @Test
  void withoutABaselineEveryDifferenceIsStaffs() {
    var rule = new ReimportRule(null, Set.of());
    assertEquals(
        Decision.CONFLICT_KEPT, rule.decide("title", "Tên do cán bộ sửa", "Tên trong tệp"));
    assertEquals(
        Decision.CONFLICT_KEPT, new ReimportRule(Map.of(), Set.of()).decide("place", null, "Sân"));
  }
}
