package se.bofast.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification tests' application: its own in-memory database (so that task lists and the
 * outbox hold only what these tests make), a real SMTP server (GreenMail) and the outbox sender
 * scheduled every half second; the digest and escalation checks are run by the tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bofast-notify;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=127.0.0.1",
    "bofast.notify.send-interval=PT0.5S",
    "bofast.notify.retry-backoff=PT1S",
    "bofast.notify.max-backoff=PT2S",
    "bofast.notify.base-url=https://bofast.kommun.example",
    "bofast.notify.digest-check-cron=-",
    "bofast.notify.escalation-cron=-",
    "bofast.notify.purge-cron=-"})
abstract class NotifyMailTest {

  /** The sender's interval in the tests, and how long a notice may take to arrive. */
  static final long INTERVAL_MS = 500;
  static final long ARRIVAL_MS = 10_000;

  static final int SMTP_PORT = freePort();
  static GreenMail mailServer;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startMailServer() {
    startSmtp();
  }

  @AfterAll
  static void stopMailServer() {
    if (mailServer != null) {
      mailServer.stop();
      mailServer = null;
    }
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    if (mailServer == null) {
      startSmtp();
    }
    mailServer.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static void startSmtp() {
    mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailServer.start();
  }

  static List<MimeMessage> received() {
    return mailServer == null ? List.of() : List.of(mailServer.getReceivedMessages());
  }

  static List<MimeMessage> receivedBy(String address) {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage m : received()) {
      if (recipients(m).contains(address)) {
        mine.add(m);
      }
    }
    return mine;
  }

  static List<String> recipients(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      List<String> out = new ArrayList<>();
      for (Address a : to == null ? new Address[0] : to) {
        out.add(a.toString());
      }
      return out;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything of a message a reader or a mail server could see: raw source, decoded headers, decoded body. */
  static String everything(MimeMessage message) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      StringBuilder all = new StringBuilder(raw.toString(StandardCharsets.UTF_8)).append('\n');
      for (Header h : Collections.list(message.getAllHeaders())) {
        all.append(h.getName()).append(": ").append(MimeUtility.decodeText(h.getValue())).append('\n');
      }
      return all.append(body(message)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the condition holds, at most {@code millis}. */
  static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
