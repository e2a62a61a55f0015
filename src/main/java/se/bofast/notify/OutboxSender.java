package se.bofast.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due notices over SMTP (Spring Boot's {@link JavaMailSender}, present only
 * when spring.mail.host is set). Each notice is claimed, sent, then marked SENT; a refusal or an
 * unreachable server puts it back with the next attempt after a backoff that doubles up to
 * bofast.notify.max-backoff, so nothing is lost and a sent notice is not sent again. Without a
 * mail server configured, due notices are marked NOT_SENT (kept, never sent later in a burst).
 * Logs carry the notice's id and kind and the exception's class, never an address or a text.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  static final int BATCH = 50;
  static final String MAIL_OFF = "E-post är avstängd (spring.mail.host saknas).";

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotifyProperties properties;
  private final Clock clock;

  OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, NotifyProperties properties, Clock clock) {
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  /** One run of the job: every due notice once. Answers how many were sent. */
  int sendDue() {
    Instant now = clock.instant();
    outbox.releaseStale(now.minus(properties.staleSending()));
    JavaMailSender sender = mail.getIfAvailable();
    int sent = 0;
    for (long id : outbox.due(now, BATCH)) {
      Optional<Outbox.Stored> claimed = outbox.claim(id, now);
      if (claimed.isEmpty()) {
        continue;
      }
      Outbox.Stored notice = claimed.get();
      if (sender == null) {
        outbox.notSent(id, MAIL_OFF);
        continue;
      }
      try {
        sender.send(message(sender, notice));
        outbox.sent(id, clock.instant());
        sent++;
      } catch (MessagingException | RuntimeException e) {
        Duration wait = backoff(notice.attempts() + 1);
        outbox.failed(id, clock.instant().plus(wait), e.getClass().getName());
        log.warn("Notice {} ({}) not sent, attempt {}: {}; next attempt in {}", id, notice.kind(),
            notice.attempts() + 1, e.getClass().getSimpleName(), wait);
      }
    }
    return sent;
  }

  /** The wait after the n-th failed attempt: retry-backoff × 2^(n-1), at most max-backoff. */
  Duration backoff(int failures) {
    Duration wait = properties.retryBackoff();
    for (int i = 1; i < failures && wait.compareTo(properties.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
  }

  private MimeMessage message(JavaMailSender sender, Outbox.Stored notice) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(notice.address());
    helper.setSubject(notice.subject());
    helper.setText(notice.body(), false);
    helper.setSentDate(java.util.Date.from(clock.instant()));
    // the outbox's id: a receiving system can tell a notice seen twice (after a crash between
    // sending and recording it) from a new one
    message.setHeader("X-Bofast-Notice", String.valueOf(notice.id()));
    return message;
  }
}
