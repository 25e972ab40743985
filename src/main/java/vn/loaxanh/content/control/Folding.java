package vn.loaxanh.content.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese text without its diacritics, as people type it on a phone without a Vietnamese
 * keyboard: "Môi trường" is "moi truong", "đ" is "d", and both spellings "hòa" and "hoà" (the tone
 * mark placed on either vowel) become "hoa". Search matches words and slugs in this form.
 */
public final class Folding {
  /** Longer words are cut: no real Vietnamese or English word comes close. */
  public static final int LONGEST_WORD = 60;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Folding() {}

  /** Lower case, without diacritics; other characters stay. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The distinct folded words of a text, in order. */
  public static Set<String> words(String text) {
    return new LinkedHashSet<>(allWords(text));
  }

  /** Every folded word of a text, repeats included, in order. */
  private static List<String> allWords(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    for (String word : NOT_WORD.split(fold(text))) {
      if (!word.isEmpty()) {
        words.add(word.length() > LONGEST_WORD ? word.substring(0, LONGEST_WORD) : word);
      }
    }
    return words;
  }

  /** The words of a text in lower case with their diacritics, to rank exact spellings first. */
  public static List<String> exactWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word :
        NOT_WORD.split(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * A readable address part: "Ngày Môi trường thế giới 2025" is "ngay-moi-truong-the-gioi-2025".
   */
  public static String slug(String text, int maxLength) {
    String slug = String.join("-", allWords(text));
    if (slug.length() <= maxLength) {
      return slug;
    }
    String cut = slug.substring(0, maxLength);
    int lastDash = cut.lastIndexOf('-');
    return lastDash > maxLength / 2 ? cut.substring(0, lastDash) : cut;
  }
}
