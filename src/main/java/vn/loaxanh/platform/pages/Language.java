package vn.loaxanh.platform.pages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The pages' two languages. Vietnamese is the default; a reader who picks English through a {@code
 * ?lang=en} link keeps it in a cookie, so page addresses stay the same in both languages.
 */
public enum Language {
  VI,
  EN;

  static final String COOKIE = "lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Language other() {
    return this == VI ? EN : VI;
  }

  /**
   * The language a request asks for, remembering a switch in the reader's cookie when there is a
   * response to carry it.
   */
  static Language chosen(HttpServletRequest request, HttpServletResponse response) {
    Language asked = parse(request.getParameter("lang"));
    if (asked != null && response != null) {
      Cookie remembered = new Cookie(COOKIE, asked.code());
      remembered.setPath("/");
      remembered.setMaxAge(ONE_YEAR);
      remembered.setAttribute("SameSite", "Lax");
      response.addCookie(remembered);
    }
    if (asked != null) {
      return asked;
    }
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName()) && parse(cookie.getValue()) != null) {
          return parse(cookie.getValue());
        }
      }
    }
    return VI;
  }

  private static Language parse(String code) {
    if (code == null) {
      return null;
    }
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return language;
      }
    }
    return null;
  }
}
