package vn.loaxanh.contests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a contest's scoring rubric: scored from 0 to its maximum, worth its weight. */
@Entity
@Table(name = "contest_criterion")
public class Criterion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  private int ordinal;
  private String name;

  /** Percent of the total; the weights of a contest add up to 100. */
  private int weight;

  @Column(name = "max_score")
  private int maxScore;

  protected Criterion() {}

  Criterion(Contest contest, int ordinal, String name, int weight, int maxScore) {
    String field = "criteria[" + ordinal + "].";
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException(field + "name: 1 đến 200 ký tự / 1 to 200 characters");
    }
    if (weight < 1 || weight > 100) {
      throw new IllegalArgumentException(field + "weight: từ 1 đến 100 / 1 to 100");
    }
    if (maxScore < 1 || maxScore > 1000) {
      throw new IllegalArgumentException(field + "maxScore: từ 1 đến 1000 / 1 to 1000");
    }
    this.contest = contest;
    this.ordinal = ordinal;
    this.name = name.strip();
    this.weight = weight;
    this.maxScore = maxScore;
  }

  /** Refuses a score outside 0..maxScore or finer than hundredths. */
  public BigDecimal check(BigDecimal score) {
    if (score == null
        || score.signum() < 0
        || score.compareTo(BigDecimal.valueOf(maxScore)) > 0
        || score.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "scores."
              + id
              + ": từ 0 đến "
              + maxScore
              + ", tối đa 2 chữ số thập phân / 0 to "
              + maxScore
              + ", at most 2 decimals");
    }
    return score;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int weight() {
    return weight;
  }

  public int maxScore() {
    return maxScore;
  }
}
