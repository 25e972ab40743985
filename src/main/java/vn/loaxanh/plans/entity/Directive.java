package vn.loaxanh.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A cited document, such as "Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị". */
@Entity
@Table(name = "directive")
@NamedQuery(
    name = Directive.BY_SYMBOL,
    query = "select d from Directive d where d.symbol = :symbol")
@NamedQuery(
    name = Directive.LIST,
    query =
        "select d from Directive d where (:kind is null or d.kind = :kind) order by d.issuedOn desc, d.symbol")
@NamedQuery(
    name = Directive.COUNT,
    query = "select count(d) from Directive d where (:kind is null or d.kind = :kind)")
public class Directive {
  public static final String BY_SYMBOL = "Directive.bySymbol";
  public static final String LIST = "Directive.list";
  public static final String COUNT = "Directive.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String symbol;

  @Enumerated(EnumType.STRING)
  private DirectiveKind kind;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  private String issuer;
  private String title;
  private String summary;

  /** The directives this one carries out ("Thực hiện …"). */
  @ManyToMany
  @JoinTable(
      name = "directive_citation",
      joinColumns = @JoinColumn(name = "directive_id"),
      inverseJoinColumns = @JoinColumn(name = "cited_id"))
  @OrderBy("symbol")
  private Set<Directive> implementsDirectives = new LinkedHashSet<>();

  @Version private long version;

  protected Directive() {}

  public Directive(String symbol) {
    this.symbol = symbol;
  }

  public void describe(
      DirectiveKind kind, LocalDate issuedOn, String issuer, String title, String summary) {
    this.kind = kind;
    this.issuedOn = issuedOn;
    this.issuer = issuer;
    this.title = title;
    this.summary = summary;
  }

  public void implement(Set<Directive> directives) {
    if (directives.contains(this)) {
      throw new IllegalArgumentException("implementsIds: a directive cannot implement itself");
    }
    if (!implementsDirectives.equals(directives)) {
      implementsDirectives.clear();
      implementsDirectives.addAll(directives);
    }
  }

  public Long id() {
    return id;
  }

  public String symbol() {
    return symbol;
  }

  public DirectiveKind kind() {
    return kind;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String issuer() {
    return issuer;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public Set<Directive> implementsDirectives() {
    return Collections.unmodifiableSet(implementsDirectives);
  }

  public long version() {
    return version;
  }
}
