package vn.loaxanh.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Counts what an import did: records created, and records that existed, changed or not (read from
 * their versions after the flush). Each knows its line in the file and, for an activity, the agency
 * that leads it, so an import limited to one agency's work can name the line that goes beyond it.
 */
final class Tally {
  private record Touched(
      int line, Long lead, boolean created, long versionBefore, LongSupplier versionNow) {
    boolean changed() {
      return created || versionNow.getAsLong() != versionBefore;
    }
  }

  private final List<Touched> touched = new ArrayList<>();

  /**
   * @param lead the agency leading a created activity; null for any other record
   */
  void countCreated(int line, Long lead) {
    touched.add(new Touched(line, lead, true, 0, () -> 0));
  }

  void existing(int line, Long lead, long versionBefore, LongSupplier versionNow) {
    touched.add(new Touched(line, lead, false, versionBefore, versionNow));
  }

  int created() {
    return (int) touched.stream().filter(Touched::created).count();
  }

  /** Read after the changes were flushed. */
  int updated() {
    return (int) touched.stream().filter(t -> !t.created() && t.changed()).count();
  }

  int unchanged() {
    return (int) touched.stream().filter(t -> !t.changed()).count();
  }

  /**
   * The line of the first record that goes beyond an agency's own work: an activity another agency
   * leads, created or changed, or any other record that existed and changed. New plans, tasks and
   * the like are additions anyone may make. Read after the flush.
   */
  Optional<Integer> firstBeyond(long agency) {
    return touched.stream()
        .filter(Touched::changed)
        .filter(t -> t.lead() == null ? !t.created() : !t.lead().equals(agency))
        .map(Touched::line)
        .findFirst();
  }
}
