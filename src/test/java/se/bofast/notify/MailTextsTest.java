package se.bofast.notify;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.bofast.identity.StaffMember;
import static org.assertj.core.api.Assertions.assertThat;

/** The digest's text stays within its column however many tasks a person has. */
class MailTextsTest {

  final NotifyProperties properties = new NotifyProperties(URI.create("https://bofast.kommun.example/"),
      "bofast@kommun.example", LocalTime.of(7, 0), Duration.ofMinutes(1), Duration.ofHours(1),
      Duration.ofMinutes(10), Period.ofYears(2));
  final MailTexts texts = new MailTexts(properties);

  @Test
  void aLongListIsCutAndCountedAndTheBodyFitsItsColumn() {
    List<TaskLine> many = IntStream.range(0, 500).mapToObj(i -> new TaskLine(String.valueOf(100000 + i),
        "Vräkningsrisk för klient i vårdkedjan – samordna", "VR-2026-" + (10000 + i), LocalDate.of(2026, 12, 1),
        properties.taskLink(String.valueOf(100000 + i)))).toList();
    StaffMember kim = new StaffMember("kim", "Kim Lindqvist", "kim@bofast.example", List.of("case-manager"));
    Notice digest = texts.digest(kim, LocalDate.of(2026, 12, 28),
        new DigestTasks.Content(many, many, many, many, LocalDate.of(2026, 12, 29)));
    assertThat(digest.body()).contains("Förfallna (500)").contains("… och 460 till: se Tasklist.");
    assertThat(digest.body().lines().filter(l -> l.startsWith("- "))).hasSize(4 * MailTexts.MAX_LINES);
    assertThat(digest.body().length()).as("notification_outbox.body is VARCHAR(30000)").isLessThan(30_000);
    assertThat(digest.body()).contains("https://bofast.kommun.example/camunda/app/tasklist/default/#/?task=100000")
        .doesNotContain("example//");
  }
}
