package vn.loaxanh.platform;

/** The shape of the stable keys content files and clients use for records. */
public final class Codes {
  /** Lower-case ASCII words joined by '-' and grouped by '/', like {@code son-la/moc-chau}. */
  public static final String PATTERN = "^[a-z0-9]+([-/][a-z0-9]+)*$";

  public static final String MESSAGE =
      "chỉ gồm chữ thường không dấu, số, '-' và '/' / lower-case ASCII letters, digits, '-' and '/'";

  private Codes() {}
}
