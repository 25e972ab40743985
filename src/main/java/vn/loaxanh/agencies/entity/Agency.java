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

/** A body a plan gives duties to: it leads or partners in tasks and activities. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.BY_CODE, query = "select a from Agency a where a.code = :code")
@NamedQuery(
    name = Agency.LIST,
    query =
        "select a from Agency a where (:unit is null or a.unit = :unit)"
            + " and (:kind is null or a.kind = :kind) order by a.code")
@NamedQuery(
    name = Agency.COUNT,
    query =
        "select count(a) from Agency a where (:unit is null or a.unit = :unit)"
            + " and (:kind is null or a.kind = :kind)")
public class Agency {
  public static final String BY_CODE = "Agency.byCode";
  public static final String LIST = "Agency.list";
  public static final String COUNT = "Agency.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Column(name = "short_name")
  private String shortName;

  @Enumerated(EnumType.STRING)
  private AgencyKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private AdministrativeUnit unit;

  private String email;

  @Version private long version;

  protected Agency() {}

  public Agency(String code) {
    this.code = code;
  }

  public void describe(
      String name, String shortName, AgencyKind kind, AdministrativeUnit unit, String email) {
    this.name = name;
    this.shortName = shortName;
    this.kind = kind;
    this.unit = unit;
    this.email = email;
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

  public String shortName() {
    return shortName;
  }

  public AgencyKind kind() {
    return kind;
  }

  public AdministrativeUnit unit() {
    return unit;
  }

  public String email() {
    return email;
  }

  public long version() {
    return version;
  }
}
