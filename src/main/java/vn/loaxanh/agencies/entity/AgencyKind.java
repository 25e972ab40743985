package vn.loaxanh.agencies.entity;

/** What sort of body an agency is; reminders and reports group by it. */
public enum AgencyKind {
  /** Sở, ban, ngành. */
  DEPARTMENT,
  /** Ủy ban nhân dân tỉnh, huyện, xã. */
  PEOPLES_COMMITTEE,
  /** Tỉnh ủy, Thành ủy, Huyện ủy. */
  PARTY_COMMITTEE,
  /** Ban Tuyên giáo, Ban Dân vận … of a Party committee. */
  PARTY_BOARD,
  /** Ủy ban Mặt trận Tổ quốc Việt Nam. */
  FATHERLAND_FRONT,
  /** Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh … */
  MASS_ORGANISATION,
  /** Báo, đài, cổng thông tin điện tử. */
  PRESS,
  OTHER
}
