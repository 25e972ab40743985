package vn.loaxanh.activities.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;

/**
 * A calendar as sent: its bytes, and a version that changes only when what the calendar says
 * changes.
 *
 * @param body the iCalendar text in UTF-8
 * @param version a hash of the body without its DTSTAMP lines; DTSTAMP only says when this copy was
 *     made, so leaving it out lets an unchanged feed answer "not modified"
 */
public record Feed(byte[] body, String version) {
  private static final byte[] LINE_END = {'\n'};

  public static Feed of(Calendar calendar) {
    String text = serialize(calendar);
    MessageDigest digest = sha256();
    for (String line : text.split("\r\n")) {
      if (!line.startsWith("DTSTAMP:")) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update(LINE_END);
      }
    }
    String version =
        Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(), 18));
    return new Feed(text.getBytes(StandardCharsets.UTF_8), version);
  }

  private static String serialize(Calendar calendar) {
    StringWriter text = new StringWriter();
    try {
      // Not validating: iCal4j would log a warning per request for the ORGANIZER that iTIP wants
      // and a public feed has no one to name.
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
