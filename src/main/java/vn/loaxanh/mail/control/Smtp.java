package vn.loaxanh.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loaxanh.mail.entity.OutboxMail;

/**
 * The mail server, as configured by {@code LOAXANH_SMTP_*}. Without a host there is no server:
 * mails then stay in the outbox.
 */
@ApplicationScoped
public class Smtp {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.from", defaultValue = "Loa Xanh <no-reply@loaxanh.local>")
  String from;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.connect-timeout-seconds", defaultValue = "10")
  int connectTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "loaxanh.smtp.read-timeout-seconds", defaultValue = "10")
  int readTimeoutSeconds;

  @Inject Clock clock;

  private Session session;
  private InternetAddress sender;

  @PostConstruct
  void configure() {
    if (!configured()) {
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow().trim());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(connectTimeoutSeconds * 1000));
    properties.put("mail.smtp.timeout", String.valueOf(readTimeoutSeconds * 1000));
    properties.put("mail.smtp.writetimeout", String.valueOf(readTimeoutSeconds * 1000));
    properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    if (starttls) {
      properties.put("mail.smtp.starttls.enable", "true");
      // Once asked for, never fall back to sending the password in clear.
      properties.put("mail.smtp.starttls.required", "true");
    }
    session = Session.getInstance(properties);
    try {
      InternetAddress parsed = new InternetAddress(from, true);
      sender = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
    } catch (MessagingException | UnsupportedEncodingException wrong) {
      throw new IllegalStateException(
          "loaxanh.smtp.from is not an e-mail address: " + from + " (" + wrong.getMessage() + ")");
    }
  }

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Where mail goes, for the log. */
  public String server() {
    return configured() ? host.orElseThrow().trim() + ":" + port : "none";
  }

  /** Hands the mail to the server; returns when the server has accepted it. */
  public void send(OutboxMail mail) throws MessagingException {
    MimeMessage message = compose(mail);
    if (user.isPresent()) {
      Transport.send(message, user.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /**
   * Text, and HTML when there is some, as multipart/alternative in UTF-8. The Message-ID comes from
   * the outbox row, so should a mail ever go out twice, the copies are recognisably the same mail.
   */
  MimeMessage compose(OutboxMail mail) throws MessagingException {
    String domain = sender.getAddress().substring(sender.getAddress().indexOf('@') + 1);
    MimeMessage message = new OutboxMessage(session, "<outbox-" + mail.id() + "@" + domain + ">");
    message.setFrom(sender);
    message.setRecipients(Message.RecipientType.TO, addresses(mail.recipients()));
    message.setSubject(mail.subject(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    // RFC 3834: no out-of-office replies to a machine.
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeMultipart body = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), UTF_8, "plain");
    body.addBodyPart(text);
    if (mail.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), UTF_8, "html");
      body.addBodyPart(html);
    }
    message.setContent(body);
    message.saveChanges();
    return message;
  }

  private static InternetAddress[] addresses(List<String> recipients) throws MessagingException {
    List<InternetAddress> addresses = new ArrayList<>();
    for (String recipient : recipients) {
      InternetAddress parsed = new InternetAddress(recipient, true);
      try {
        addresses.add(new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8));
      } catch (UnsupportedEncodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    return addresses.toArray(InternetAddress[]::new);
  }

  /** What went wrong, in one line for staff: the messages of the causes, no stack trace. */
  static String describe(Exception failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (text.indexOf(message) < 0) {
        text.append(text.isEmpty() ? "" : ": ").append(message);
      }
    }
    return text.toString();
  }

  /** A message whose Message-ID is given, where Jakarta Mail would make a random one. */
  private static final class OutboxMessage extends MimeMessage {
    private final String messageId;

    OutboxMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
