package vn.loaxanh.plans.entity;

/** The kinds of document a plan cites as its basis. */
public enum DirectiveKind {
  /** Nghị quyết. */
  RESOLUTION,
  /** Kết luận. */
  CONCLUSION,
  /** Chỉ thị. */
  DIRECTIVE,
  /** Hướng dẫn. */
  GUIDANCE,
  /** Công văn. */
  OFFICIAL_LETTER,
  /** Quyết định. */
  DECISION,
  /** Kế hoạch. */
  PLAN,
  /** Chương trình. */
  PROGRAMME,
  /** Luật. */
  LAW,
  /** Nghị định. */
  DECREE,
  OTHER
}
