package vn.loaxanh.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.mail.control.Mail;

/** The mails a school gets about its entry, in Vietnamese, as plain text. */
@ApplicationScoped
public class EntryMails {
  /** The confirmation with the private link; the link is in no other place. */
  Mail received(Entry entry, String privateLink) {
    String text =
        "Kính gửi thầy/cô "
            + entry.teacherName()
            + ",\n\n"
            + "Ban tổ chức đã nhận bài dự thi \""
            + entry.title()
            + "\" của "
            + entry.school().name()
            + " (thể loại: "
            + entry.category().name()
            + ") cho cuộc thi \""
            + entry.contest().title()
            + "\".\n\n"
            + "Số biên nhận: "
            + entry.receipt()
            + "\n\n"
            + "Thầy/cô xem, sửa hoặc rút bài đến hết hạn nhận bài ("
            + Registrations.SHOWN.format(entry.contest().closesAt())
            + ") tại đường dẫn riêng sau. Xin đừng chuyển đường dẫn này cho người khác:\n"
            + privateLink
            + "\n\n"
            + "Trân trọng,\nBan tổ chức — Loa Xanh\n";
    return new Mail(
        "contest-entry:" + entry.receipt() + ":received",
        List.of(entry.teacherEmail()),
        "Đã nhận bài dự thi " + entry.receipt() + ": " + entry.contest().title(),
        text,
        null);
  }

  /** Tells the school whether staff found the entry eligible, and why not. */
  Mail eligibility(Entry entry) {
    boolean eligible = entry.status() == vn.loaxanh.contests.entity.EntryStatus.ELIGIBLE;
    String text =
        "Kính gửi thầy/cô "
            + entry.teacherName()
            + ",\n\n"
            + "Bài dự thi \""
            + entry.title()
            + "\" (số biên nhận "
            + entry.receipt()
            + ") "
            + (eligible
                ? "đủ điều kiện và được chuyển tới ban giám khảo."
                : "không đủ điều kiện dự thi. Lý do: " + entry.statusReason())
            + "\n\nTrân trọng,\nBan tổ chức — Loa Xanh\n";
    return new Mail(
        "contest-entry:" + entry.receipt() + ":" + entry.status() + ":" + entry.version(),
        List.of(entry.teacherEmail()),
        (eligible ? "Bài dự thi đủ điều kiện: " : "Bài dự thi không đủ điều kiện: ")
            + entry.receipt(),
        text,
        null);
  }
}
