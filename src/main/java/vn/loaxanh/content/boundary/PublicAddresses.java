package vn.loaxanh.content.boundary;

import vn.loaxanh.content.entity.Media;

/** The portal's addresses, in one place so pages, feeds and the sitemap agree. */
public final class PublicAddresses {
  private PublicAddresses() {}

  public static String article(String slug) {
    return "/tin/" + slug;
  }

  public static String category(String slug) {
    return "/chuyen-muc/" + slug;
  }

  public static String tag(String slug) {
    return "/the/" + slug;
  }

  public static String theme(String slug) {
    return "/chu-de/" + slug;
  }

  public static String plan(String code) {
    return "/ke-hoach/" + code;
  }

  /** An image rendition; the checksum in the address lets browsers keep it for good. */
  public static String media(Media image, String rendition) {
    return "/media/"
        + image.id()
        + "/"
        + rendition
        + "-"
        + image.checksum().substring(0, 12)
        + (rendition.equals("original") ? extension(image.contentType()) : ".jpg");
  }

  private static String extension(String contentType) {
    return switch (contentType) {
      case "image/png" -> ".png";
      case "image/webp" -> ".webp";
      default -> ".jpg";
    };
  }
}
