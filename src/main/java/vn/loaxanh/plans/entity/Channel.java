package vn.loaxanh.plans.entity;

/** Hình thức tuyên truyền: the ways a plan reaches people. */
public enum Channel {
  /** Báo chí. */
  PRESS,
  /** Phát thanh, truyền hình. */
  RADIO_TV,
  /** Cổng, trang thông tin điện tử. */
  WEB_PORTAL,
  /** Hội nghị báo cáo viên, sinh hoạt chi bộ, đoàn thể. */
  BRIEFING,
  /** Bản tin nội bộ, tài liệu, ấn phẩm, sách, tờ rơi. */
  PUBLICATIONS,
  /** Tuyên truyền cổ động trực quan: panô, áp phích, băng rôn, khẩu hiệu. */
  VISUAL,
  /** Không gian mạng, mạng xã hội: video, clip, infographic. */
  SOCIAL_MEDIA,
  /** Loa truyền thanh cơ sở, đội tuyên truyền lưu động. */
  LOUDSPEAKER,
  /** Tọa đàm, hội thảo. */
  SEMINAR,
  /** Văn hóa, văn nghệ, sân khấu hóa. */
  PERFORMANCE
}
