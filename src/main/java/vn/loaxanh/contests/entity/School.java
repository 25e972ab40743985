package vn.loaxanh.contests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.content.control.Folding;

/** A school of the directory, in one district; a proposed school waits for staff to confirm it. */
@Entity
@Table(name = "school")
@NamedQuery(
    name = School.BY_NAME,
    query = "select s from School s where s.district = :district and s.foldedName = :foldedName")
@NamedQuery(
    name = School.LIST,
    query =
        "select s from School s join fetch s.district d where (:district is null or d.id ="
            + " :district) and (:confirmed is null or s.confirmed = :confirmed) order by s.foldedName")
public class School {
  public static final String BY_NAME = "School.byName";
  public static final String LIST = "School.list";
  static final int LONGEST_NAME = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "folded_name")
  private String foldedName;

  @Enumerated(EnumType.STRING)
  @Column(name = "school_level")
  private SchoolLevel level;

  @ManyToOne(optional = false)
  @JoinColumn(name = "district_id")
  private AdministrativeUnit district;

  private boolean confirmed;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected School() {}

  private School(
      String name, SchoolLevel level, AdministrativeUnit district, boolean confirmed, Instant now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: bắt buộc / required");
    }
    if (name.strip().length() > LONGEST_NAME) {
      throw new IllegalArgumentException("name: tối đa 300 ký tự / at most 300 characters");
    }
    if (level == null) {
      throw new IllegalArgumentException("level: bắt buộc / required");
    }
    if (district == null || district.level() != UnitLevel.DISTRICT) {
      throw new IllegalArgumentException("districtId: không phải quận, huyện / not a district");
    }
    this.name = name.strip();
    this.foldedName = folded(name);
    this.level = level;
    this.district = district;
    this.confirmed = confirmed;
    this.createdAt = now;
  }

  /** A school from the directory that staff keep. */
  public static School listed(
      String name, SchoolLevel level, AdministrativeUnit district, Instant now) {
    return new School(name, level, district, true, now);
  }

  /** A school a teacher names during registration because it is not listed yet. */
  public static School proposed(
      String name, SchoolLevel level, AdministrativeUnit district, Instant now) {
    return new School(name, level, district, false, now);
  }

  /** The key that keeps a district from listing one school twice under different spellings. */
  public static String folded(String name) {
    return String.join(" ", Folding.fold(name.strip()).split("\\s+"));
  }

  public void confirm() {
    confirmed = true;
  }

  /** A directory import corrects the level of a school it already lists. */
  public void classify(SchoolLevel level) {
    this.level = level;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public SchoolLevel level() {
    return level;
  }

  public AdministrativeUnit district() {
    return district;
  }

  public AdministrativeUnit province() {
    return district.parent();
  }

  public boolean confirmed() {
    return confirmed;
  }
}
