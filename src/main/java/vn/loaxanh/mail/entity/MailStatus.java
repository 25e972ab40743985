package vn.loaxanh.mail.entity;

public enum MailStatus {
  /** Chờ gửi: waiting for its next attempt. */
  PENDING,
  /** Đang gửi: claimed by one sender, until its claim runs out. */
  SENDING,
  /** Đã gửi: the mail server accepted it. */
  SENT,
  /** Gửi không được: every attempt failed; staff may try again. */
  FAILED
}
