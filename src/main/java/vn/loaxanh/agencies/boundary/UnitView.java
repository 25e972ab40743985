package vn.loaxanh.agencies.boundary;

import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;

public record UnitView(
    long id,
    String code,
    String name,
    UnitLevel level,
    Long parentId,
    String parentCode,
    long version) {

  public static UnitView of(AdministrativeUnit unit) {
    AdministrativeUnit parent = unit.parent();
    return new UnitView(
        unit.id(),
        unit.code(),
        unit.name(),
        unit.level(),
        parent == null ? null : parent.id(),
        parent == null ? null : parent.code(),
        unit.version());
  }
}
