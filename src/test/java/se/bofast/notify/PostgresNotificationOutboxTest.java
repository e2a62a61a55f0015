package se.bofast.notify;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.identity.StaffDirectory;
import se.bofast.identity.StaffMember;
import se.bofast.support.PostgresAppTest;
import se.bofast.support.TestPersonnummer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox on PostgreSQL 17 (V18): an urgent case's notice is stored once per key; without a
 * mail server it is marked NOT_SENT; a claim is taken once; a failure waits for its next attempt;
 * the digest of a day is made once; finished notices are purged; a choice is stored and changed.
 */
@PostgresAppTest
class PostgresNotificationOutboxTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired SignalIntake signals;
  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired DailyDigest digest;
  @Autowired NotificationSettings settings;
  @Autowired StaffDirectory directory;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theOutboxKeepsEachNoticeOnceAndRecordsWhatBecameOfIt() {
    String caseNumber = signals.receive(new Signal("PG-NOTIFY-" + System.nanoTime(), SignalSource.LANDLORD,
        SignalType.RENT_ARREARS, TestPersonnummer.next(), "Hyresgäst Postgres", "Pgatan 1", "11122", "Stockholm",
        "Stockholmshem", null, 3, new BigDecimal("5000"), null, null, null), "intake").evictionCase().caseNumber();
    String status = "SELECT status FROM notification_outbox WHERE kind = 'URGENT_CASE' AND subject_key = ?";
    assertThat(jdbc.queryForList(status, String.class, caseNumber)).containsExactly("PENDING");

    Notice again = new Notice(NoticeKind.URGENT_CASE, "bosse", "bosse@bofast.example", caseNumber,
        LocalDate.now(TaskLines.STOCKHOLM), "x", "y");
    assertThat(outbox.add(again, Instant.now())).isFalse();
    sender.sendDue();
    assertThat(jdbc.queryForList(status, String.class, caseNumber)).containsExactly("NOT_SENT");
    assertThat(jdbc.queryForList("SELECT last_failure FROM notification_outbox WHERE subject_key = ?", String.class,
        caseNumber)).containsExactly(OutboxSender.MAIL_OFF);

    Notice probe = new Notice(NoticeKind.ESCALATION, "pg-probe", "probe@bofast.example", "task-" + System.nanoTime(),
        LocalDate.of(2030, 1, 2), "Ämne", "Text");
    Instant now = Instant.now();
    assertThat(outbox.add(probe, now)).isTrue();
    long id = jdbc.queryForObject("SELECT id FROM notification_outbox WHERE subject_key = ?", Long.class, probe.subjectKey());
    assertThat(outbox.due(now, 1000)).contains(id);
    assertThat(outbox.claim(id, now)).isPresent();
    assertThat(outbox.claim(id, now)).as("claimed once").isEmpty();
    outbox.failed(id, now.plus(Duration.ofMinutes(5)), "org.springframework.mail.MailSendException");
    assertThat(outbox.due(now, 1000)).doesNotContain(id);
    assertThat(outbox.due(now.plus(Duration.ofMinutes(6)), 1000)).contains(id);
    assertThat(outbox.claim(id, now.plus(Duration.ofMinutes(6)))).isPresent();
    assertThat(outbox.releaseStale(now.plus(Duration.ofMinutes(7)))).isPositive();
    assertThat(outbox.claim(id, now.plus(Duration.ofMinutes(8)))).map(Outbox.Stored::attempts).contains(1);
    outbox.sent(id, now.plus(Duration.ofMinutes(8)));
    assertThat(outbox.purge(now.plus(Duration.ofMinutes(1)))).isPositive();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_outbox WHERE id = ?", Integer.class, id)).isZero();

    // a Tuesday far ahead: the open case's tasks are overdue for bosse
    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2031, 3, 4, 7, 30)));
    assertThat(digest.runIfDue()).isPositive();
    assertThat(digest.runIfDue()).isZero();
    assertThat(jdbc.queryForList("SELECT recipient FROM notification_outbox WHERE kind = 'DIGEST' AND notice_day = ?",
        String.class, LocalDate.of(2031, 3, 4))).contains("bosse");
  }

  @Test
  void aChoiceIsStoredAndChanged() {
    StaffMember lotta = directory.find("lotta").orElseThrow();
    settings.save("lotta", false, true, "lotta");
    assertThat(settings.of(lotta)).isEqualTo(new NotificationSettings.Choice(false, true, true));
    settings.save("lotta", true, false, "lotta");
    assertThat(settings.of(lotta)).isEqualTo(new NotificationSettings.Choice(true, false, true));
    jdbc.update("DELETE FROM notification_setting WHERE user_id = 'lotta'");
    assertThat(settings.of(lotta)).isEqualTo(new NotificationSettings.Choice(true, false, false));
  }
}
