package vn.loaxanh.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Counts what an import did. A stored record counts as updated only if its version moved when the
 * changes were flushed, which is how "importing twice changes nothing" shows.
 */
final class Tally {
  private record Existing(long versionBefore, LongSupplier versionNow) {
    boolean changed() {
      return versionNow.getAsLong() != versionBefore;
    }
  }

  private int created;
  private final List<Existing> existing = new ArrayList<>();

  void countCreated() {
    created++;
  }

  void existing(long versionBefore, LongSupplier versionNow) {
    existing.add(new Existing(versionBefore, versionNow));
  }

  int created() {
    return created;
  }

  /** Read after the changes were flushed. */
  int updated() {
    return (int) existing.stream().filter(Existing::changed).count();
  }

  int unchanged() {
    return existing.size() - updated();
  }
}
