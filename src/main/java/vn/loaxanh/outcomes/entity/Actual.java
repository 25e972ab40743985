package vn.loaxanh.outcomes.entity;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import vn.loaxanh.activities.entity.Activity;

/** An actual figure of one measure for one activity. */
@Entity
@Table(name = "outcome_actual")
@NamedQuery(
    name = Actual.OF_ACTIVITY,
    query =
        "select a from Actual a join fetch a.metric m where a.activity = :activity"
            + " order by m.ordinal, a.source")
@NamedQuery(
    name = Actual.ONE,
    query =
        "select a from Actual a where a.activity = :activity and a.metric = :metric"
            + " and a.source = :source")
public class Actual {
  public static final String OF_ACTIVITY = "Actual.ofActivity";
  public static final String ONE = "Actual.one";
  static final BigDecimal MOST = new BigDecimal("999999999999");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  @ManyToOne(optional = false)
  @JoinColumn(name = "metric_id")
  private Metric metric;

  @Enumerated(EnumType.STRING)
  private ActualSource source;

  private BigDecimal quantity;

  @Column(name = "evidence_url")
  private String evidenceUrl;

  @Column(name = "evidence_media_id")
  private Long evidenceMediaId;

  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version private long version;

  protected Actual() {}

  /** What the agency or a staff member states beside a figure. */
  public record Evidence(String url, Long mediaId, String note) {}

  private Actual(Activity activity, Metric metric, ActualSource source) {
    this.activity = activity;
    this.metric = metric;
    this.source = source;
  }

  /** A figure typed by the agency; measures the platform counts cannot be typed. */
  public static Actual manual(Activity activity, Metric metric) {
    if (metric.source().isAutomatic()) {
      throw new IllegalStateException(
          "Chỉ số này do hệ thống tự đếm, không nhập tay / This measure is counted automatically");
    }
    return new Actual(activity, metric, ActualSource.MANUAL);
  }

  public static Actual correction(Activity activity, Metric metric) {
    if (!metric.source().isAutomatic()) {
      throw new IllegalStateException(
          "Chỉ sửa được số tự đếm; số nhập tay thì nhập lại / Only automatic counts are corrected");
    }
    return new Actual(activity, metric, ActualSource.CORRECTION);
  }

  /** Records a figure; a correction needs its reason in the note. */
  public void record(BigDecimal quantity, Evidence evidence, String by, Instant now) {
    if (quantity == null) {
      throw new IllegalArgumentException("quantity: bắt buộc / required");
    }
    if (quantity.signum() < 0 || quantity.compareTo(MOST) > 0) {
      throw new IllegalArgumentException("quantity: không được âm / must not be negative");
    }
    if (quantity.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "quantity: tối đa 2 chữ số thập phân / at most 2 decimals");
    }
    if (!metric.unit().equals("kg") && quantity.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "quantity: đơn vị "
              + metric.unit()
              + " đếm bằng số nguyên / a whole number of "
              + metric.unit());
    }
    String url = evidence == null ? null : blankToNull(evidence.url());
    if (url != null) {
      requireLink(url);
    }
    String text = evidence == null ? null : blankToNull(evidence.note());
    if (text != null && text.length() > 1000) {
      throw new IllegalArgumentException("note: tối đa 1000 ký tự / at most 1000 characters");
    }
    if (source == ActualSource.CORRECTION && text == null) {
      throw new IllegalArgumentException("note: cần lý do sửa / the reason is required");
    }
    this.quantity = quantity;
    this.evidenceUrl = url;
    this.evidenceMediaId = evidence == null ? null : evidence.mediaId();
    this.note = text;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  private static void requireLink(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "evidenceUrl: cần đường dẫn http(s) / an http(s) link is required");
      }
    } catch (java.net.URISyntaxException notALink) {
      throw new IllegalArgumentException("evidenceUrl: không phải đường dẫn / not a link");
    }
    if (url.length() > 1000) {
      throw new IllegalArgumentException(
          "evidenceUrl: tối đa 1000 ký tự / at most 1000 characters");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public Activity activity() {
    return activity;
  }

  public Metric metric() {
    return metric;
  }

  public ActualSource source() {
    return source;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public String evidenceUrl() {
    return evidenceUrl;
  }

  public Long evidenceMediaId() {
    return evidenceMediaId;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
