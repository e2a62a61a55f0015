package se.bofast.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.eviction.CaseView;
import se.bofast.eviction.EvictionDeadlines;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.support.TestPersonnummer;

/**
 * An URGENT eviction case reaches the bosamordnare by e-mail once, within the sender's interval;
 * its overdue task reaches the enhetschef once; and no e-mail of any kind holds a tenant's
 * personnummer, name or address.
 */
class UrgentNoticeMailTest extends NotifyMailTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignalIntake signals;
  @Autowired DailyDigest digest;
  @Autowired UrgentTaskEscalation escalation;
  @Autowired EvictionDeadlines calendar;
  @Autowired NotificationSettings settings;

  /** What the tests' signals name: none of it may be in any e-mail. */
  final List<String> personalData = new ArrayList<>();

  @Test
  void urgentCaseReachesTheBosamordnareOnceThenItsOverdueTaskTheEnhetschefAndNoMailHoldsPersonalData()
      throws Exception {
    new NotifyTestData(engine, jdbc).clean();
    String personnummer = TestPersonnummer.next();
    CaseView urgent = receive(personnummer, "Ylva Aviseringsson", "Notisgränd 17", "98139", 2, null);
    long committed = System.currentTimeMillis();
    assertThat(urgent.priority()).isEqualTo("URGENT");
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 1)).isTrue();
    long arrivedAfter = System.currentTimeMillis() - committed;

    List<MimeMessage> bosses = receivedBy("bosse@bofast.example");
    assertThat(bosses).hasSize(1);
    assertThat(subject(bosses.get(0))).isEqualTo("Bofast: akut vräkningsärende " + urgent.caseNumber());
    Task contact = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(urgent.caseNumber())
        .taskName("Kontakta hyresgästen").singleResult();
    assertThat(body(bosses.get(0))).contains("Kontakta hyresgästen · " + urgent.caseNumber())
        .contains("https://bofast.kommun.example/camunda/app/tasklist/default/#/?task=" + contact.getId());
    // the job's interval, plus one SMTP exchange on a loaded 2-core machine (the first opens JavaMail)
    assertThat(arrivedAfter).as("arrived within the sender's interval after the case was stored")
        .isLessThan(INTERVAL_MS + 4_500);

    // the household's next signal joins the case, which stays URGENT: no second notice
    receive(personnummer, "Ylva Aviseringsson", "Notisgränd 17", "98139", 2, null);
    Thread.sleep(4 * INTERVAL_MS);
    assertThat(received()).as("one urgent notice, to bosse only (lotta and kim do not want them, eva is not bosamordnare)")
        .hasSize(1);

    // a HIGH case that becomes URGENT when the household's children become known
    String other = TestPersonnummer.next();
    CaseView high = receive(other, "Åke Notifiering", "Meddelandevägen 3", "98138", null, null);
    assertThat(high.priority()).isEqualTo("HIGH");
    Thread.sleep(4 * INTERVAL_MS);
    assertThat(received()).hasSize(1);
    // lotta holds one of its tasks and has turned urgent notices on; kim holds one and has not
    List<Task> highTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(high.caseNumber())
        .orderByTaskName().asc().list();
    assertThat(highTasks).hasSizeGreaterThanOrEqualTo(2);
    engine.getTaskService().setAssignee(highTasks.get(0).getId(), "lotta");
    engine.getTaskService().setAssignee(highTasks.get(1).getId(), "kim");
    settings.save("lotta", true, true, "lotta");
    CaseView raised = receive(other, "Åke Notifiering", "Meddelandevägen 3", "98138", 1, null);
    assertThat(raised.priority()).isEqualTo("URGENT");
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 3)).isTrue();
    assertThat(receivedBy("lotta@bofast.example")).extracting(UrgentNoticeMailTest::subject)
        .containsExactly("Bofast: akut vräkningsärende " + high.caseNumber());
    assertThat(receivedBy("kim@bofast.example")).isEmpty();
    assertThat(receivedBy("bosse@bofast.example")).extracting(UrgentNoticeMailTest::subject)
        .containsExactlyInAnyOrder("Bofast: akut vräkningsärende " + urgent.caseNumber(),
            "Bofast: akut vräkningsärende " + high.caseNumber());

    // the contact task passes its due date: the enhetschef hears of it once per task
    LocalDate due = LocalDate.ofInstant(contact.getDueDate().toInstant(), TaskLines.STOCKHOLM);
    LocalDate after = calendar.addWorkingDays(due, 1);
    ClockUtil.setCurrentTime(NotifyTestData.date(after.atTime(7, 30)));
    int escalated = escalation.run();
    assertThat(escalated).as("the overdue tasks of both urgent cases").isGreaterThanOrEqualTo(2);
    assertThat(escalation.run()).as("each escalated once").isZero();
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 3 + escalated)).isTrue();
    List<MimeMessage> evas = receivedBy("eva@bofast.example");
    assertThat(evas).hasSize(escalated);
    assertThat(evas).extracting(UrgentNoticeMailTest::body)
        .anySatisfy(b -> assertThat(b).contains("Kontakta hyresgästen · " + urgent.caseNumber())
            .contains("#/?task=" + contact.getId()));

    // and the day's digests list the cases' tasks
    int digests = digest.runIfDue();
    assertThat(digests).isGreaterThanOrEqualTo(2);
    assertThat(mailServer.waitForIncomingEmail(ARRIVAL_MS, 3 + escalated + digests)).isTrue();
    assertThat(body(receivedBy("bosse@bofast.example").get(2))).contains(urgent.caseNumber()).contains(high.caseNumber());

    List<MimeMessage> all = received();
    assertThat(all).hasSize(3 + escalated + digests);
    for (MimeMessage message : all) {
      String text = everything(message);
      for (String personal : personalData) {
        assertThat(text).as("an e-mail to %s, \"%s\"", recipients(message), subject(message))
            .doesNotContainIgnoringCase(personal);
      }
    }
  }

  private CaseView receive(String personnummer, String name, String street, String postalCode, Integer children,
      LocalDateTime evictionAt) {
    String[] parts = name.split(" ");
    String digits = personnummer.replace("-", "");
    personalData.addAll(List.of(personnummer, digits, digits.substring(2), personnummer.substring(2), parts[0], parts[1],
        street, postalCode, postalCode.substring(0, 3) + " " + postalCode.substring(3), "Kiruna"));
    Signal signal = new Signal("AVIS-" + System.nanoTime(), SignalSource.LANDLORD, SignalType.RENT_ARREARS,
        personnummer, name, street, postalCode, "Kiruna", "Kirunabostäder", null, children,
        new BigDecimal("23400"), null, null, evictionAt);
    return signals.receive(signal, "intake").evictionCase();
  }
}
