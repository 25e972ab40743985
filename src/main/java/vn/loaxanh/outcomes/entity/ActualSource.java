package vn.loaxanh.outcomes.entity;

/** Where an actual figure comes from. */
public enum ActualSource {
  /** Typed by the agency, with evidence. */
  MANUAL,
  /** Counted by the platform when read (never stored, never typed over). */
  AUTOMATIC,
  /** A staff member's correction of an automatic count, with the reason; it is what counts. */
  CORRECTION
}
