package se.bofast.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.bofast.eviction.EvictionDeadlines;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;

/**
 * The daily digest: on a working day (Swedish calendar, {@link EvictionDeadlines}), once the clock
 * has passed bofast.notify.digest-time, one e-mail per staff member who wants it, has an address
 * and has something to read ({@link DigestTasks}). Written to the outbox per person in a
 * transaction of its own; a day's digest is made once (notification_digest_run), and the next one
 * lists the tasks created since.
 */
@Component
public class DailyDigest {

  private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

  private final StaffDirectory directory;
  private final NotificationSettings settings;
  private final DigestTasks tasks;
  private final MailTexts texts;
  private final Outbox outbox;
  private final EvictionDeadlines calendar;
  private final NotifyProperties properties;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DailyDigest(StaffDirectory directory, NotificationSettings settings, DigestTasks tasks, MailTexts texts,
      Outbox outbox, EvictionDeadlines calendar, NotifyProperties properties, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    this.directory = directory;
    this.settings = settings;
    this.tasks = tasks;
    this.texts = texts;
    this.outbox = outbox;
    this.calendar = calendar;
    this.properties = properties;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * The scheduled check: makes today's digest when it is due and not made yet.
   *
   * @return the number of digests written to the outbox
   */
  public int runIfDue() {
    ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), TaskLines.STOCKHOLM);
    LocalDate day = now.toLocalDate();
    if (calendar.isNonWorkingDay(day) || now.toLocalTime().isBefore(properties.digestTime()) || made(day)) {
      return 0;
    }
    Instant since = lastMade(day);
    int written = 0;
    for (StaffMember person : directory.members(NotificationSettings.NOTIFIED_GROUPS)) {
      if (!settings.wantsDigest(person)) {
        continue;
      }
      DigestTasks.Content content = tasks.of(person, day, since);
      if (content.isEmpty()) {
        continue;
      }
      try {
        Boolean added = transaction.execute(s -> outbox.add(texts.digest(person, day, content), now.toInstant()));
        written += Boolean.TRUE.equals(added) ? 1 : 0;
      } catch (DuplicateKeyException e) {
        // another node wrote this person's digest at the same moment
      }
    }
    try {
      jdbc.update("INSERT INTO notification_digest_run (digest_day, made_at) VALUES (?, ?)", day,
          OffsetDateTime.ofInstant(now.toInstant(), ZoneOffset.UTC));
    } catch (DuplicateKeyException e) {
      // made by another node as well
    }
    log.info("Digest of {}: {} written to the outbox", day, written);
    return written;
  }

  private boolean made(LocalDate day) {
    Integer count = jdbc.queryForObject("SELECT count(*) FROM notification_digest_run WHERE digest_day = ?",
        Integer.class, day);
    return count != null && count > 0;
  }

  /** When the last digest was made; without one, the digest time of the previous working day. */
  private Instant lastMade(LocalDate day) {
    List<OffsetDateTime> last = jdbc.query("SELECT made_at FROM notification_digest_run WHERE digest_day < ? "
        + "ORDER BY digest_day DESC FETCH FIRST 1 ROWS ONLY", (rs, n) -> rs.getObject(1, OffsetDateTime.class), day);
    if (!last.isEmpty()) {
      return last.get(0).toInstant();
    }
    return calendar.workingDaysBefore(day, 1).atTime(properties.digestTime()).atZone(TaskLines.STOCKHOLM).toInstant();
  }
}
