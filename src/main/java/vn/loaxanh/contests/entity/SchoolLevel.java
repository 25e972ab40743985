package vn.loaxanh.contests.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.loaxanh.content.control.Folding;

/** Cấp học: the levels of Vietnam's schools, as contest calls name who may enter. */
public enum SchoolLevel {
  PRESCHOOL("Mầm non"),
  PRIMARY("Tiểu học", "TH"),
  LOWER_SECONDARY("Trung học cơ sở", "THCS"),
  UPPER_SECONDARY("Trung học phổ thông", "THPT"),
  VOCATIONAL("Trung cấp"),
  COLLEGE("Cao đẳng"),
  UNIVERSITY("Đại học");

  private final String vietnamese;
  private final List<String> abbreviations;

  SchoolLevel(String vietnamese, String... abbreviations) {
    this.vietnamese = vietnamese;
    this.abbreviations = List.of(abbreviations);
  }

  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Reads a level as a directory file writes it: the code (LOWER_SECONDARY), the Vietnamese name
   * with or without diacritics ("Trung học cơ sở", "trung hoc co so") or its abbreviation (THCS).
   */
  public static Optional<SchoolLevel> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = Folding.fold(text.strip());
    return Arrays.stream(values())
        .filter(
            level ->
                level.name().equalsIgnoreCase(text.strip())
                    || Folding.fold(level.vietnamese).equals(folded)
                    || level.abbreviations.stream().anyMatch(a -> Folding.fold(a).equals(folded)))
        .findFirst();
  }
}
