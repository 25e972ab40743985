package vn.loaxanh.contests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One judge's score of one entry on one criterion of the rubric. */
@Entity
@Table(name = "entry_score")
@IdClass(Score.Key.class)
public class Score {
  /** The primary key; JPA sets its fields, so it cannot be a record. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long entryId;
    private Long criterionId;
    private String judge;

    public Key() {}

    public Key(long entryId, long criterionId, String judge) {
      this.entryId = entryId;
      this.criterionId = criterionId;
      this.judge = judge;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(entryId, key.entryId)
          && Objects.equals(criterionId, key.criterionId)
          && Objects.equals(judge, key.judge);
    }

    @Override
    public int hashCode() {
      return Objects.hash(entryId, criterionId, judge);
    }
  }

  @Id
  @Column(name = "entry_id")
  private Long entryId;

  @Id
  @Column(name = "criterion_id")
  private Long criterionId;

  @Id private String judge;

  private BigDecimal score;

  @Column(name = "scored_at")
  private Instant scoredAt;

  protected Score() {}

  public Score(long entryId, long criterionId, String judge, BigDecimal score, Instant now) {
    this.entryId = entryId;
    this.criterionId = criterionId;
    this.judge = judge;
    rescore(score, now);
  }

  public void rescore(BigDecimal score, Instant now) {
    this.score = score;
    this.scoredAt = now;
  }

  public Long criterionId() {
    return criterionId;
  }

  public BigDecimal score() {
    return score;
  }
}
