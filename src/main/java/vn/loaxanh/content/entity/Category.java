package vn.loaxanh.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Chuyên mục: a section of the portal, such as news or climate change. */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.id")
@NamedQuery(name = Category.BY_SLUG, query = "select c from Category c where c.slug = :slug")
public class Category {
  public static final String ALL = "Category.all";
  public static final String BY_SLUG = "Category.bySlug";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_en", length = 200)
  private String nameEn;

  protected Category() {}

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String nameEn() {
    return nameEn == null ? name : nameEn;
  }
}
