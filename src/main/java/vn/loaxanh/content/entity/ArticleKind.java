package vn.loaxanh.content.entity;

/** What an article is, which decides where the portal shows it. */
public enum ArticleKind {
  /** Tin tức. */
  NEWS,
  /** Thông báo sự kiện. */
  EVENT_ANNOUNCEMENT,
  /** Thể lệ, phát động cuộc thi: open calls show on the home page. */
  CONTEST_CALL,
  /** Kết quả cuộc thi, sự kiện. */
  RESULTS,
  /** Gương điển hình, mô hình hay. */
  EXEMPLARY_MODEL
}
