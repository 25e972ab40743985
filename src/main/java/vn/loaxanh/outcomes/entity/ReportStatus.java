package vn.loaxanh.outcomes.entity;

/** Where an agency's report stands against its deadline. */
public enum ReportStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  /** The deadline passed and nothing was submitted. */
  LATE
}
