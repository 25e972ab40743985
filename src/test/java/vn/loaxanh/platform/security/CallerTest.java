package vn.loaxanh.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerTest {
  private static final long OWN = 7;
  private static final long OTHER = 8;

  @Test
  void editorsAndAdministratorsDecideForEveryAgency() {
    for (String role : new String[] {Roles.ADMIN, Roles.EDITOR}) {
      Caller editor = new Caller("bien-tap", role, null);
      assertTrue(editor.isEditor(), role);
      assertTrue(editor.mayChangeWorkOf(OWN), role);
      assertTrue(editor.mayChangeWorkOf(OTHER), role);
    }
  }

  @Test
  void aCoordinatorChangesOnlyWhatTheirOwnAgencyLeads() {
    Caller coordinator = new Caller("dieu-phoi", Roles.COORDINATOR, OWN);
    assertFalse(coordinator.isEditor());
    assertTrue(coordinator.coordinates(OWN));
    assertTrue(coordinator.mayChangeWorkOf(OWN));
    assertFalse(coordinator.mayChangeWorkOf(OTHER));
    assertFalse(coordinator.mayChangeWorkOf(null));
  }

  @Test
  void judgesAndThePublicChangeNoAgencysWork() {
    Caller judge = new Caller("giam-khao", Roles.JUDGE, null);
    assertFalse(judge.isEditor());
    assertFalse(judge.mayChangeWorkOf(OWN));
    assertFalse(Caller.anonymous().isStaff());
    assertFalse(Caller.anonymous().isEditor());
    assertFalse(Caller.anonymous().mayChangeWorkOf(OWN));
  }
}
