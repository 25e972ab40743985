package vn.loaxanh.mail.control;

import java.util.List;

/**
 * A mail as the code that causes it writes it, in Vietnamese with a plain-text part.
 *
 * @param dedupKey a stable key of what caused the mail, such as {@code
 *     reminder:activity:42:7d:agency:3}; the outbox keeps one mail per key, so a cause noticed
 *     twice still gives one mail (at most 300 characters)
 * @param to the recipients' addresses, each optionally with a name ({@code Sở TN&MT
 *     <stnmt@sonla.gov.vn>})
 * @param text the plain-text body, always sent
 * @param html an HTML body sent beside the text, or null
 */
public record Mail(String dedupKey, List<String> to, String subject, String text, String html) {}
