package vn.loaxanh.agencies.boundary;

import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;

public record AgencyView(
    long id,
    String code,
    String name,
    String shortName,
    AgencyKind kind,
    long unitId,
    String unitCode,
    String email,
    long version) {

  public static AgencyView of(Agency agency) {
    return new AgencyView(
        agency.id(),
        agency.code(),
        agency.name(),
        agency.shortName(),
        agency.kind(),
        agency.unit().id(),
        agency.unit().code(),
        agency.email(),
        agency.version());
  }
}
