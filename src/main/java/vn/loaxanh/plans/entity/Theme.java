package vn.loaxanh.plans.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Nội dung tuyên truyền: a message the plan must carry; articles will cite it. */
@Entity
@Table(name = "plan_theme")
public class Theme {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int ordinal;
  private String title;
  private String description;

  protected Theme() {}

  Theme(Plan plan, int ordinal, String title, String description) {
    this.plan = plan;
    this.ordinal = ordinal;
    reword(title, description);
  }

  void reword(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public Long id() {
    return id;
  }

  public int ordinal() {
    return ordinal;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }
}
