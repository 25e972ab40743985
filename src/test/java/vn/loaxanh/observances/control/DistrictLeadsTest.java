package vn.loaxanh.observances.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.platform.errors.InvalidInput;

class DistrictLeadsTest {
  private final AdministrativeUnit sonLa =
      new AdministrativeUnit("son-la", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
  private final AdministrativeUnit mocChau =
      new AdministrativeUnit("son-la/moc-chau", "Huyện Mộc Châu", UnitLevel.DISTRICT, sonLa);
  private final AdministrativeUnit yenChau =
      new AdministrativeUnit("son-la/yen-chau", "Huyện Yên Châu", UnitLevel.DISTRICT, sonLa);
  private final Agency department = agency("so-tnmt", AgencyKind.DEPARTMENT, sonLa);
  private final Agency mocChauCommittee =
      agency("ubnd-moc-chau", AgencyKind.PEOPLES_COMMITTEE, mocChau);
  private final Agency mocChauParty =
      agency("huyen-uy-moc-chau", AgencyKind.PARTY_COMMITTEE, mocChau);
  private final Agency yenChauCommittee =
      agency("ubnd-yen-chau", AgencyKind.PEOPLES_COMMITTEE, yenChau);

  @Test
  void eachDistrictGetsItsOwnPeoplesCommitteeWhenNoLeadIsChosen() {
    var leads =
        DistrictLeads.of(
            null,
            List.of(mocChau, yenChau),
            List.of(department, mocChauParty, yenChauCommittee, mocChauCommittee));
    assertEquals(List.of(mocChau, yenChau), List.copyOf(leads.keySet()));
    assertSame(mocChauCommittee, leads.get(mocChau));
    assertSame(yenChauCommittee, leads.get(yenChau));
  }

  @Test
  void aChosenLeadLeadsEveryDistrict() {
    var leads = DistrictLeads.of(department, List.of(mocChau, yenChau), List.of(mocChauCommittee));
    assertSame(department, leads.get(mocChau));
    assertSame(department, leads.get(yenChau));
  }

  @Test
  void aDistrictWithoutACommitteeIsNamedAndNothingIsChosen() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                DistrictLeads.of(
                    null, List.of(mocChau, yenChau), List.of(department, mocChauCommittee)));
    assertEquals(List.of("leadId"), List.copyOf(refused.fields().keySet()));
    String reason = refused.fields().get("leadId");
    assertTrue(reason.contains("Huyện Yên Châu") && !reason.contains("Mộc Châu"), reason);
  }

  @Test
  void theWholeProvinceHasNoDefaultLead() {
    assertThrows(
        InvalidInput.class,
        () ->
            DistrictLeads.of(null, Arrays.asList((AdministrativeUnit) null), List.of(department)));
    assertSame(
        department,
        DistrictLeads.of(department, Arrays.asList((AdministrativeUnit) null), List.of())
            .get(null));
  }

  private static Agency agency(String code, AgencyKind kind, AdministrativeUnit unit) {
    Agency agency = new Agency(code);
    agency.describe(code, null, kind, unit, null);
    return agency;
  }
}
