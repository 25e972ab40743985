package vn.loaxanh.platform.pages;

/**
 * What every page's frame needs besides its own content: the words in the reader's language, the
 * link to the other language, and the staff member logged in (null for the public) with their role
 * and the token that the logout form carries.
 */
public record PageContext(
    Texts t, String switchLanguageLink, String staff, String staffRole, String staffToken) {
  /** Editors and administrators: the receiving department's staff. */
  public boolean isEditor() {
    return "admin".equals(staffRole) || "editor".equals(staffRole);
  }

  /** A judge's only work is scoring: the header offers the judges' page and nothing else. */
  public boolean isJudge() {
    return "judge".equals(staffRole);
  }

  /** Only administrators are shown the way to the accounts page. */
  public boolean isAdmin() {
    return "admin".equals(staffRole);
  }

  public String lang() {
    return t.language().code();
  }

  public boolean isStaff() {
    return staff != null;
  }
}
