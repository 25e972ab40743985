package vn.loaxanh.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Counts what an import did: records created, and records that existed, changed or not (read after
 * the flush). Each knows its line in the file, what kind of record it is and, for an activity, the
 * agency that leads it, so an import limited to one agency's work can name the line that goes
 * beyond it.
 */
final class Tally {
  /** What a record is, for what a coordinator's import may do with it. */
  enum Kind {
    /** Units, agencies, directives: the shared registers, for editors. */
    REGISTER,
    /** Plans and tasks: a coordinator may add new ones. */
    PLAN,
    /** Activities: a coordinator may add and change those their agency leads. */
    ACTIVITY
  }

  private record Touched(
      int line, Kind kind, Long lead, boolean created, BooleanSupplier changedSince) {
    boolean changed() {
      return created || changedSince.getAsBoolean();
    }
  }

  private final List<Touched> touched = new ArrayList<>();
  private final IntConsumer onEach;

  Tally() {
    this(count -> {});
  }

  /**
   * @param onEach told how many records have been read, after each one
   */
  Tally(IntConsumer onEach) {
    this.onEach = onEach;
  }

  /**
   * @param lead the agency leading a created activity; null for any other record
   */
  void countCreated(int line, Kind kind, Long lead) {
    touched.add(new Touched(line, kind, lead, true, () -> true));
    onEach.accept(touched.size());
  }

  /** A record that was there, changed if its version moved by the flush. */
  void existing(
      int line, Kind kind, long versionBefore, java.util.function.LongSupplier versionNow) {
    existing(line, kind, null, () -> versionNow.getAsLong() != versionBefore);
  }

  /**
   * @param lead the agency that led the activity before the import; null for other records
   * @param changed whether the import changed what the record says
   */
  void existing(int line, Kind kind, Long lead, BooleanSupplier changed) {
    touched.add(new Touched(line, kind, lead, false, changed));
    onEach.accept(touched.size());
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
   * The line of the first record that goes beyond an agency's own work: a register changed or
   * added, a plan or task changed, an activity another agency leads added or changed. Read after
   * the flush.
   */
  Optional<Integer> firstBeyond(long agency) {
    return touched.stream()
        .filter(Touched::changed)
        .filter(
            t ->
                switch (t.kind()) {
                  case REGISTER -> true;
                  case PLAN -> !t.created();
                  case ACTIVITY -> t.lead() == null || t.lead() != agency;
                })
        .map(Touched::line)
        .findFirst();
  }
}
