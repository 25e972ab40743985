package vn.loaxanh.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import vn.loaxanh.activities.entity.ActivityType;

/** A measure of the catalogue (participants, panels, kg of waste...), with its unit. */
@Entity
@Table(name = "metric")
@NamedQuery(name = Metric.ALL, query = "select m from Metric m order by m.ordinal")
@NamedQuery(name = Metric.BY_CODE, query = "select m from Metric m where m.code = :code")
public class Metric {
  public static final String ALL = "Metric.all";
  public static final String BY_CODE = "Metric.byCode";

  @Id private Long id;
  private String code;
  private int ordinal;

  @Column(name = "name_vi")
  private String nameVi;

  @Column(name = "name_en")
  private String nameEn;

  private String unit;

  @Enumerated(EnumType.STRING)
  private MetricSource source;

  @Column(name = "activity_types")
  private String activityTypes;

  protected Metric() {}

  /** Whether activities of this type report the measure. */
  public boolean appliesTo(ActivityType type) {
    return activityTypes.equals("*")
        || Arrays.asList(activityTypes.split(",")).contains(type.name());
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }

  public String unit() {
    return unit;
  }

  public MetricSource source() {
    return source;
  }

  public String activityTypes() {
    return activityTypes;
  }
}
