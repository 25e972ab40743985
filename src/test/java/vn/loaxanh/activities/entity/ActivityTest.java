package vn.loaxanh.activities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;

class ActivityTest {
  private final Activity activity = new Activity(new Plan("son-la-2024"), "mit-tinh");

  @Test
  void refusesToEndBeforeItStarts() {
    Instant start = Instant.parse("2024-06-05T00:30:00Z");
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> activity.schedule(start, start.minusSeconds(60), false));
    assertEquals(
        "endsAt: kết thúc trước khi bắt đầu / ends before it starts", refused.getMessage());
  }

  @Test
  void mayStartAndEndAtOnce() {
    Instant moment = Instant.parse("2024-06-05T00:30:00Z");
    activity.schedule(moment, moment, false);
    assertEquals(moment, activity.endsAt());
  }

  @Test
  void aPlannedQuantityNeedsItsUnit() {
    var details =
        new Activity.Details(
            ActivityType.VISUAL_ITEM,
            "Panô",
            null,
            null,
            null,
            20,
            null,
            EnumSet.of(Channel.VISUAL));
    var refused =
        assertThrows(IllegalArgumentException.class, () -> activity.describe(null, details));
    assertEquals(
        "quantityUnit: cần đơn vị cho số lượng dự kiến / required with a planned quantity",
        refused.getMessage());
  }

  @Test
  void itsAgenciesAndPlaceBelongToThePlansProvince() {
    AdministrativeUnit sonLa =
        new AdministrativeUnit("son-la", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
    AdministrativeUnit mocChau =
        new AdministrativeUnit("moc-chau", "Huyện Mộc Châu", UnitLevel.DISTRICT, sonLa);
    AdministrativeUnit dongNai =
        new AdministrativeUnit("dong-nai", "Tỉnh Đồng Nai", UnitLevel.PROVINCE, null);
    Plan plan = new Plan("son-la-2024");
    plan.describe(
        new Plan.Heading(null, "UBND tỉnh Sơn La", sonLa, null, 2024, "Kế hoạch", null, null));
    Activity rally = new Activity(plan, "mit-tinh");
    Agency ownDepartment = agency("stnmt-son-la", sonLa);
    Agency districtCommittee = agency("ubnd-moc-chau", mocChau);
    Agency elsewhere = agency("ubnd-dong-nai", dongNai);

    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> rally.assign(elsewhere, Set.of(), mocChau))
            .getMessage()
            .startsWith("leadId: "));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> rally.assign(ownDepartment, Set.of(elsewhere), mocChau))
            .getMessage()
            .startsWith("partnerIds: "));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> rally.assign(ownDepartment, Set.of(), dongNai))
            .getMessage()
            .startsWith("unitId: "));
    rally.assign(ownDepartment, Set.of(districtCommittee), mocChau);
    assertEquals(mocChau, rally.unit());
  }

  private static Agency agency(String code, AdministrativeUnit unit) {
    Agency agency = new Agency(code);
    agency.describe(code, null, null, unit, null);
    return agency;
  }
}
