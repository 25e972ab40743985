package vn.loaxanh.agencies.entity;

/** Tỉnh/thành phố; huyện/quận/thị xã/thành phố thuộc tỉnh; xã/phường/thị trấn. */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE;

  /** The level a unit of this level belongs to, or null for a province. */
  public UnitLevel parentLevel() {
    return switch (this) {
      case PROVINCE -> null;
      case DISTRICT -> PROVINCE;
      case COMMUNE -> DISTRICT;
    };
  }
}
