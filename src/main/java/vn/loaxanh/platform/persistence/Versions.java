package vn.loaxanh.platform.persistence;

import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Optimistic locking for edits over HTTP: a client sends back the version it read, and an edit
 * based on an older one is refused rather than silently overwriting someone's change.
 */
public final class Versions {
  private Versions() {}

  public static void requireCurrent(Long sent, long stored) {
    if (sent == null) {
      throw new InvalidInput(
          "version",
          "bắt buộc khi sửa: gửi lại phiên bản đã đọc / required: send the version you read");
    }
    if (sent != stored) {
      throw Conflict.staleEdit();
    }
  }
}
