package se.bofast.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.eviction.Signal;
import se.bofast.eviction.SignalIntake;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;
import se.bofast.support.TestHttp;
import se.bofast.support.TestPersonnummer;

/**
 * A mail server that refuses for a while: the notices wait in the outbox with their failed
 * attempts, and once it is back each arrives exactly once.
 */
class OutboxOutageMailTest extends NotifyMailTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignalIntake signals;
  @Autowired OutboxSender sender;
  @LocalServerPort int port;

  @Test
  void everyNoticeArrivesOnceAfterTheServerRecovers() throws Exception {
    new NotifyTestData(engine, jdbc).clean();
    mailServer.stop();
    mailServer = null;
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      caseNumbers.add(signals.receive(new Signal("OUTAGE-" + System.nanoTime(), SignalSource.LANDLORD,
          SignalType.RENT_ARREARS, TestPersonnummer.next(), "Hyresgäst Avbrott", "Avbrottsgatan " + (i + 1), "11850",
          "Stockholm", "Stockholmshem", null, 1, new BigDecimal("9000"), null, null, null), "intake")
          .evictionCase().caseNumber());
    }
    assertThat(within(15_000, () -> jdbc.queryForObject(
        "SELECT count(*) FROM notification_outbox WHERE attempts >= 2 AND status = 'PENDING'", Integer.class) == 3))
        .as("each notice refused at least twice, kept for a retry").isTrue();
    assertThat(jdbc.queryForList("SELECT last_failure FROM notification_outbox", String.class))
        .allSatisfy(f -> assertThat(f).startsWith("org.springframework.mail."));

    assertThat(new TestHttp(port).get("/actuator/health", null, null).body())
        .as("the application stays healthy while the mail server is down").contains("\"UP\"");

    startSmtp();
    assertThat(mailServer.waitForIncomingEmail(15_000, 3)).isTrue();
    Thread.sleep(6 * INTERVAL_MS);
    assertThat(received()).extracting(NotifyMailTest::subject).containsExactlyInAnyOrderElementsOf(
        caseNumbers.stream().map(n -> "Bofast: akut vräkningsärende " + n).toList());
    assertThat(jdbc.queryForList("SELECT status FROM notification_outbox", String.class)).containsOnly("SENT").hasSize(3);
    assertThat(sender.sendDue()).as("nothing left to send").isZero();
    assertThat(received()).hasSize(3);
  }
}
