package vn.loaxanh.plans.boundary;

import vn.loaxanh.agencies.entity.Agency;

/** An agency as other records show it: enough to name it and follow the link. */
public record AgencyRef(long id, String code, String name) {
  public static AgencyRef of(Agency agency) {
    return agency == null ? null : new AgencyRef(agency.id(), agency.code(), agency.name());
  }
}
