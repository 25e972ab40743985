package vn.loaxanh.agencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A province or city, district or commune: where activities happen. */
@Entity
@Table(name = "administrative_unit")
@NamedQuery(
    name = AdministrativeUnit.BY_CODE,
    query = "select u from AdministrativeUnit u where u.code = :code")
@NamedQuery(
    name = AdministrativeUnit.BY_LEVEL,
    query =
        "select u from AdministrativeUnit u where (:level is null or u.level = :level) order by u.code")
@NamedQuery(
    name = AdministrativeUnit.COUNT_BY_LEVEL,
    query = "select count(u) from AdministrativeUnit u where (:level is null or u.level = :level)")
public class AdministrativeUnit {
  public static final String BY_CODE = "AdministrativeUnit.byCode";
  public static final String BY_LEVEL = "AdministrativeUnit.byLevel";
  public static final String COUNT_BY_LEVEL = "AdministrativeUnit.countByLevel";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level")
  private UnitLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private AdministrativeUnit parent;

  @Version private long version;

  protected AdministrativeUnit() {}

  public AdministrativeUnit(String code, String name, UnitLevel level, AdministrativeUnit parent) {
    this.code = code;
    describe(name, level, parent);
  }

  /** Renames or moves the unit; a unit below a province must sit in the level above it. */
  public void describe(String name, UnitLevel level, AdministrativeUnit parent) {
    UnitLevel expectedParent = level.parentLevel();
    if (expectedParent == null && parent != null) {
      throw new IllegalArgumentException("parentId: a province belongs to no other unit");
    }
    if (expectedParent != null && (parent == null || parent.level != expectedParent)) {
      throw new IllegalArgumentException(
          "parentId: a "
              + level.name().toLowerCase()
              + " belongs to a "
              + expectedParent.name().toLowerCase());
    }
    this.name = name;
    this.level = level;
    this.parent = parent;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitLevel level() {
    return level;
  }

  public AdministrativeUnit parent() {
    return parent;
  }

  /** Whether this unit is the other one or lies inside it (a commune in its district, say). */
  public boolean isWithin(AdministrativeUnit other) {
    for (AdministrativeUnit unit = this; unit != null; unit = unit.parent) {
      if (unit == other || (unit.id != null && unit.id.equals(other.id))) {
        return true;
      }
    }
    return false;
  }

  public long version() {
    return version;
  }
}
