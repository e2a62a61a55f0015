package se.bofast.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The digest of a fixed day, Monday 28 December 2026, after Christmas (24–27 December are not
 * working days; the last working day was Wednesday 23 December): each user's e-mail holds
 * exactly their tasks, under the right headings, with case numbers and links.
 */
class DailyDigestMailTest extends NotifyMailTest {

  static final LocalDateTime EARLY = LocalDateTime.of(2026, 12, 10, 9, 0);
  static final LocalDateTime BEFORE_LAST_DIGEST = LocalDateTime.of(2026, 12, 22, 9, 0);
  static final LocalDateTime AFTER_LAST_DIGEST = LocalDateTime.of(2026, 12, 23, 8, 0);

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DailyDigest digest;

  @Test
  void eachPersonsDigestOfTheDayHoldsExactlyTheirTasks() throws Exception {
    NotifyTestData data = new NotifyTestData(engine, jdbc);
    data.clean();
    Task overdue = data.task(EARLY, "Kontakta hyresgästen", "VR-2026-90001", LocalDateTime.of(2026, 12, 22, 16, 0), "bosamordnare", null);
    data.task(EARLY, "Förbered inflyttning", "VK-2026-90002", LocalDateTime.of(2027, 1, 15, 12, 0), "boendelots", null);
    Task today = data.task(BEFORE_LAST_DIGEST, "Registrera utfall", "VR-2026-90003", LocalDateTime.of(2026, 12, 28, 15, 0), "bosamordnare", "bosse");
    Task nextDay = data.task(BEFORE_LAST_DIGEST, "Kontakta hyresvärden", "VR-2026-90004", LocalDateTime.of(2026, 12, 29, 10, 0), "bosamordnare", null);
    data.task(BEFORE_LAST_DIGEST, "Möte med hyresvärden", "VR-2026-90005", LocalDateTime.of(2026, 12, 30, 10, 0), "bosamordnare", null);
    Task lottasNew = data.task(AFTER_LAST_DIGEST, "Första kontakt", "VK-2026-90006", LocalDateTime.of(2027, 1, 10, 12, 0), "boendelots", null);
    Task kimsNew = data.task(AFTER_LAST_DIGEST, "Utred klienten (ASI/DUR)", "VK-2026-90007", LocalDateTime.of(2027, 1, 8, 12, 0), "case-manager", "kim");
    // a bosamordnare task a colleague has: in sara's digest, not in bosse's
    Task sarasOverdue = data.task(EARLY, "Samråd UV-team", "VR-2026-90008", LocalDateTime.of(2026, 12, 27, 12, 0), "bosamordnare", "sara");
    Task done = data.task(EARLY, "Hembesök hos familjen", "VR-2026-90009", LocalDateTime.of(2026, 12, 20, 12, 0), "bosamordnare", null);
    engine.getTaskService().complete(done.getId());
    // created an hour before the last digest: it was in that one
    data.task(LocalDateTime.of(2026, 12, 23, 6, 0), "Uppsökande kontakt", "VK-2026-90010", LocalDateTime.of(2027, 2, 1, 12, 0), "case-manager", null);
    Task sarasUndated = data.task(LocalDateTime.of(2026, 12, 24, 10, 0), "Besluta insats", "VK-2026-90011", null, "socialsekreterare", null);

    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 24, 8, 0)));
    assertThat(digest.runIfDue()).as("julafton is no working day").isZero();
    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 26, 8, 0)));
    assertThat(digest.runIfDue()).as("annandag jul, a Saturday").isZero();
    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 28, 6, 59)));
    assertThat(digest.runIfDue()).as("before the digest time").isZero();

    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 28, 7, 0, 30)));
    assertThat(digest.runIfDue()).as("bosse, lotta, kim and sara have tasks; eva has none").isEqualTo(4);
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 4)).isTrue();
    assertThat(digest.runIfDue()).as("the day's digest is made once").isZero();
    Thread.sleep(4 * INTERVAL_MS);
    assertThat(received()).hasSize(4);
    assertThat(receivedBy("eva@bofast.example")).isEmpty();

    MimeMessage bosse = only("bosse@bofast.example");
    assertThat(subject(bosse)).isEqualTo("Bofast: dina uppgifter måndag 28 december 2026");
    assertThat(sections(body(bosse))).containsExactly(
        Map.entry("Förfallna (1)", List.of("Kontakta hyresgästen · VR-2026-90001 · förfaller 2026-12-22")),
        Map.entry("Förfaller i dag (1)", List.of("Registrera utfall · VR-2026-90003 · förfaller 2026-12-28")),
        Map.entry("Förfaller senast nästa arbetsdag, tisdag 29 december 2026 (1)",
            List.of("Kontakta hyresvärden · VR-2026-90004 · förfaller 2026-12-29")));
    assertThat(body(bosse)).contains("https://bofast.kommun.example/camunda/app/tasklist/default/#/?task=" + overdue.getId())
        .contains("#/?task=" + today.getId()).contains("#/?task=" + nextDay.getId())
        .contains("https://bofast.kommun.example/personal/aviseringar.html");

    assertThat(sections(body(only("lotta@bofast.example")))).containsExactly(
        Map.entry("Nya sedan förra sammanfattningen (1)", List.of("Första kontakt · VK-2026-90006 · förfaller 2027-01-10")));
    assertThat(body(only("lotta@bofast.example"))).contains("#/?task=" + lottasNew.getId());
    assertThat(sections(body(only("kim@bofast.example")))).containsExactly(
        Map.entry("Nya sedan förra sammanfattningen (1)", List.of("Utred klienten (ASI/DUR) · VK-2026-90007 · förfaller 2027-01-08")));
    assertThat(body(only("kim@bofast.example"))).contains("#/?task=" + kimsNew.getId());
    assertThat(sections(body(only("sara@bofast.example")))).containsExactly(
        Map.entry("Förfallna (1)", List.of("Samråd UV-team · VR-2026-90008 · förfaller 2026-12-27")),
        Map.entry("Nya sedan förra sammanfattningen (1)", List.of("Besluta insats · VK-2026-90011 · förfaller –")));
    assertThat(body(only("sara@bofast.example"))).contains("#/?task=" + sarasOverdue.getId())
        .contains("#/?task=" + sarasUndated.getId());
  }

  @Test
  void theNextDigestListsAsNewOnlyWhatCameAfterThisOne() throws Exception {
    NotifyTestData data = new NotifyTestData(engine, jdbc);
    data.clean();
    data.task(LocalDateTime.of(2026, 12, 28, 6, 0), "Förbered inflyttning", "VK-2026-90101", LocalDateTime.of(2027, 1, 20, 12, 0), "boendelots", null);
    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 28, 7, 15)));
    assertThat(digest.runIfDue()).isEqualTo(1);
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 1)).isTrue();
    data.task(LocalDateTime.of(2026, 12, 28, 13, 0), "Andrahandskontrakt", "VK-2026-90102", LocalDateTime.of(2027, 1, 20, 12, 0), "boendelots", null);
    ClockUtil.setCurrentTime(NotifyTestData.date(LocalDateTime.of(2026, 12, 29, 7, 1)));
    assertThat(digest.runIfDue()).isEqualTo(1);
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 2)).isTrue();
    List<MimeMessage> lottas = receivedBy("lotta@bofast.example");
    assertThat(lottas).hasSize(2);
    assertThat(sections(body(lottas.get(1)))).containsExactly(
        Map.entry("Nya sedan förra sammanfattningen (1)", List.of("Andrahandskontrakt · VK-2026-90102 · förfaller 2027-01-20")));
  }

  private static MimeMessage only(String address) {
    List<MimeMessage> mine = receivedBy(address);
    assertThat(mine).as("messages to " + address).hasSize(1);
    return mine.get(0);
  }

  /** The body's headings with the task lines under each (the line without its link). */
  static Map<String, List<String>> sections(String body) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : body.split("\\R")) {
      if (line.matches("^[A-ZÅÄÖ].* \\(\\d+\\)$")) {
        current = new ArrayList<>();
        sections.put(line, current);
      } else if (line.startsWith("- ") && current != null) {
        current.add(line.substring(2));
      } else if (line.isBlank()) {
        current = null;
      }
    }
    return sections;
  }
}
