package vn.loaxanh.imports.control;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a re-import does with one field of a record staff may have changed since. The last import
 * left a baseline (what it wrote); a field that still reads as the baseline is the import's to
 * change, a field that differs was changed by staff and is kept unless the officer chose the file's
 * value for it. A record with no baseline (made by hand, or imported before baselines were kept) is
 * treated as staff's throughout.
 */
public final class ReimportRule {
  public enum Decision {
    /** The file says what is stored: nothing to do. */
    SAME,
    /** Staff left the field as imported: the file's value replaces it. */
    TAKE_FILE,
    /** Staff changed the field and the file says otherwise: staff's value stays, shown as such. */
    CONFLICT_KEPT,
    /** Staff changed the field, and the officer chose the file's value over it. */
    CONFLICT_TAKEN
  }

  private final Map<String, String> baseline;
  private final Set<String> taken;

  /**
   * @param baseline what the last import wrote, field by field; null when none is known
   * @param taken the fields whose conflict the officer resolved for the file
   */
  public ReimportRule(Map<String, String> baseline, Set<String> taken) {
    this.baseline = baseline;
    this.taken = taken == null ? Set.of() : taken;
  }

  public Decision decide(String field, String stored, String inFile) {
    if (Objects.equals(stored, inFile)) {
      return Decision.SAME;
    }
    if (baseline != null
        && baseline.containsKey(field)
        && Objects.equals(baseline.get(field), stored)) {
      return Decision.TAKE_FILE;
    }
    return taken.contains(field) ? Decision.CONFLICT_TAKEN : Decision.CONFLICT_KEPT;
  }

  /** Whether the file's value is the one to store. */
  public static boolean appliesFile(Decision decision) {
    return decision == Decision.TAKE_FILE || decision == Decision.CONFLICT_TAKEN;
  }
}
