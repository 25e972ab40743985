package vn.loaxanh.agencies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdministrativeUnitTest {
  private final AdministrativeUnit sonLa =
      new AdministrativeUnit("son-la", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);

  @Test
  void aDistrictBelongsToAProvince() {
    var mocChau =
        new AdministrativeUnit("son-la/moc-chau", "Huyện Mộc Châu", UnitLevel.DISTRICT, sonLa);
    assertEquals(sonLa, mocChau.parent());
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdministrativeUnit("x", "Xã", UnitLevel.COMMUNE, sonLa),
        "a commune belongs to a district, not a province");
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdministrativeUnit("y", "Huyện", UnitLevel.DISTRICT, null));
  }

  @Test
  void aProvinceBelongsToNothing() {
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AdministrativeUnit("z", "Tỉnh", UnitLevel.PROVINCE, sonLa));
    assertEquals("parentId: a province belongs to no other unit", refused.getMessage());
  }
}
