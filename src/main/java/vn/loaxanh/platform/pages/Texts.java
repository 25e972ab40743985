package vn.loaxanh.platform.pages;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words in one language, from {@code i18n/pages_vi.properties} and {@code
 * pages_en.properties}. A missing key shows as the key itself rather than failing the page, and the
 * bundle test checks that both languages have the same keys.
 */
public final class Texts {
  static final String BUNDLE = "i18n.pages";
  private static final Map<Language, Texts> LOADED = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      LOADED.put(language, new Texts(language));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    // No fallback to the JVM's own locale: an English server must still speak Vietnamese by
    // default.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language.code()),
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Texts of(Language language) {
    return LOADED.get(language);
  }

  public Language language() {
    return language;
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  /** A text with {0}, {1}… filled in; numbers are not grouped, so years stay 2025. */
  public String format(String key, Object... arguments) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = arguments[i] instanceof Number ? arguments[i].toString() : arguments[i];
    }
    return new MessageFormat(get(key), Locale.forLanguageTag(language.code())).format(shown);
  }

  /** The name of an enum constant, under the key {@code EnumName.CONSTANT}. */
  public String of(Enum<?> constant) {
    return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }
}
