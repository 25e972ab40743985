package vn.loaxanh.content.boundary;

import vn.loaxanh.content.entity.Media;

/** A media library item; images come with the addresses of their renditions. */
public record MediaView(
    long id,
    Media.Kind kind,
    String title,
    String altText,
    String url,
    String pageUrl,
    String previewUrl,
    String contentType,
    Long bytes,
    Integer width,
    Integer height,
    String checksum) {

  static MediaView of(Media m) {
    boolean image = m.kind() == Media.Kind.IMAGE;
    return new MediaView(
        m.id(),
        m.kind(),
        m.title(),
        m.altText(),
        image ? PublicAddresses.media(m, "original") : m.url(),
        image ? PublicAddresses.media(m, "page") : null,
        image ? PublicAddresses.media(m, "preview") : null,
        m.contentType(),
        m.bytes(),
        m.width(),
        m.height(),
        m.checksum());
  }
}
