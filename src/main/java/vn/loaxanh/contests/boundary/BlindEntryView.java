package vn.loaxanh.contests.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.entity.Entry;

/**
 * An entry as a judge sees it: its code, the work and its files, and the judge's own scores;
 * nothing that names the school, the teacher or the pupils.
 */
public record BlindEntryView(
    String code,
    String category,
    String title,
    String description,
    int participants,
    List<EntryView.AttachmentView> attachments,
    Map<Long, BigDecimal> myScores) {

  static BlindEntryView of(Entry entry, Map<Long, BigDecimal> myScores) {
    return new BlindEntryView(
        entry.blindCode(),
        entry.category().code(),
        entry.title(),
        entry.description(),
        entry.participants().size(),
        EntryView.attachments(entry),
        myScores);
  }
}
