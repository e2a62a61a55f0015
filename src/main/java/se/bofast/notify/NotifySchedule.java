package se.bofast.notify;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the notification jobs run (bofast.notify.scheduling-enabled, on unless set to false; the
 * tests drive the jobs themselves): the sender every bofast.notify.send-interval, the digest check
 * and the escalation check by cron, the purge of old notices nightly. Each node runs them; the
 * outbox's unique keys and claims keep the work from being done twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bofast.notify.scheduling-enabled", havingValue = "true", matchIfMissing = true)
class NotifySchedule {

  private static final Logger log = LoggerFactory.getLogger(NotifySchedule.class);

  private final OutboxSender sender;
  private final DailyDigest digest;
  private final UrgentTaskEscalation escalation;
  private final Outbox outbox;
  private final NotifyProperties properties;
  private final Clock clock;

  NotifySchedule(OutboxSender sender, DailyDigest digest, UrgentTaskEscalation escalation, Outbox outbox,
      NotifyProperties properties, Clock clock) {
    this.sender = sender;
    this.digest = digest;
    this.escalation = escalation;
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${bofast.notify.send-interval}", initialDelayString = "${bofast.notify.send-interval}")
  void send() {
    sender.sendDue();
  }

  @Scheduled(cron = "${bofast.notify.digest-check-cron}", zone = "Europe/Stockholm")
  void digest() {
    digest.runIfDue();
  }

  @Scheduled(cron = "${bofast.notify.escalation-cron}", zone = "Europe/Stockholm")
  void escalate() {
    escalation.run();
  }

  @Scheduled(cron = "${bofast.notify.purge-cron}", zone = "Europe/Stockholm")
  void purge() {
    int purged = outbox.purge(clock.instant().atZone(TaskLines.STOCKHOLM).minus(properties.retention()).toInstant());
    log.info("Notices older than {} deleted: {}", properties.retention(), purged);
  }
}
