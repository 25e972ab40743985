package vn.loaxanh.outcomes.entity;

/** Who counts a measure: the agency, or the platform from what it holds. */
public enum MetricSource {
  MANUAL,
  /** Published articles of the portal linked to the activity. */
  PUBLISHED_ARTICLES,
  /** Contest entries in the running of the activity's contests. */
  CONTEST_ENTRIES,
  /** Schools with an entry in the running in the activity's contests. */
  CONTEST_SCHOOLS;

  public boolean isAutomatic() {
    return this != MANUAL;
  }
}
