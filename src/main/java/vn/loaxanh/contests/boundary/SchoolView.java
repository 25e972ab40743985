package vn.loaxanh.contests.boundary;

import vn.loaxanh.contests.entity.School;
import vn.loaxanh.contests.entity.SchoolLevel;

public record SchoolView(
    long id,
    String name,
    SchoolLevel level,
    long districtId,
    String district,
    String province,
    boolean confirmed) {
  static SchoolView of(School school) {
    return new SchoolView(
        school.id(),
        school.name(),
        school.level(),
        school.district().id(),
        school.district().name(),
        school.province() == null ? null : school.province().name(),
        school.confirmed());
  }
}
