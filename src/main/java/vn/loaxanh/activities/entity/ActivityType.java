package vn.loaxanh.activities.entity;

public enum ActivityType {
  /** Sự kiện. */
  EVENT,
  /** Mít tinh. */
  RALLY,
  /** Lễ phát động. */
  LAUNCH,
  /** Chiến dịch. */
  CAMPAIGN,
  /** Hội thi, cuộc thi, sân khấu hóa. */
  CONTEST,
  /** Panô, áp phích, băng rôn, khẩu hiệu, bảng điện tử. */
  VISUAL_ITEM,
  /** Tin, bài, phóng sự, chuyên mục, video, infographic. */
  MEDIA_ITEM,
  /** Chương trình phát thanh, truyền hình. */
  BROADCAST,
  /** Tài liệu, ấn phẩm, tờ rơi. */
  PUBLICATION,
  /** Tọa đàm, hội thảo, hội nghị báo cáo viên. */
  SEMINAR,
  /** Tập huấn. */
  TRAINING,
  /** Phong trào. */
  MOVEMENT,
  /** Biểu diễn văn hóa, văn nghệ. */
  PERFORMANCE;

  /**
   * Whether people can turn up to it at a time and place, so it belongs in the public calendar.
   * Panels, articles, broadcasts, leaflets and movements run for weeks and are not events.
   */
  public boolean isPublicEvent() {
    return switch (this) {
      case EVENT, RALLY, LAUNCH, CAMPAIGN, CONTEST, SEMINAR, TRAINING, PERFORMANCE -> true;
      case VISUAL_ITEM, MEDIA_ITEM, BROADCAST, PUBLICATION, MOVEMENT -> false;
    };
  }
}
