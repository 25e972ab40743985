package vn.loaxanh.contests.entity;

/** Where an entry stands: staff check it, the school may withdraw it until the deadline. */
public enum EntryStatus {
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  WITHDRAWN;

  /** Counts against the school's limit and goes to the judges. */
  public boolean isInTheRunning() {
    return this == SUBMITTED || this == ELIGIBLE;
  }
}
