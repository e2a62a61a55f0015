package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * bofast.eviction.contact-cap-working-days (0-15, default 5) and max-unanswered-attempts (1-10,
 * default 3): out of range, the application refuses to start, naming the setting.
 */
class EvictionPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(EvictionProperties.class)
  static class Config {
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class)
      .withPropertyValues("bofast.eviction.prepare-days-before-eviction=5",
          "bofast.eviction.reminder-working-days-before-reclaim=3", "bofast.eviction.follow-up-after-prevented=P3M",
          "bofast.eviction.outcome-due-without-dates=P30D", "bofast.eviction.task-due.uv-team=P2D");

  @Test
  void withoutTheSettingsTheDefaultsApply() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      EvictionProperties properties = context.getBean(EvictionProperties.class);
      assertThat(properties.contactCapWorkingDays()).isEqualTo(5);
      assertThat(properties.maxUnansweredAttempts()).isEqualTo(3);
    });
  }

  @Test
  void valuesInRangeStart() {
    runner.withPropertyValues("bofast.eviction.contact-cap-working-days=0", "bofast.eviction.max-unanswered-attempts=1")
        .run(context -> assertThat(context.getBean(EvictionProperties.class).contactCapWorkingDays()).isZero());
    runner.withPropertyValues("bofast.eviction.contact-cap-working-days=15", "bofast.eviction.max-unanswered-attempts=10")
        .run(context -> assertThat(context.getBean(EvictionProperties.class).maxUnansweredAttempts()).isEqualTo(10));
  }

  @Test
  void aCapOutOfRangeRefusesToStartAndNamesTheSetting() {
    for (String value : new String[] {"-1", "16"}) {
      runner.withPropertyValues("bofast.eviction.contact-cap-working-days=" + value).run(context -> {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("bofast.eviction.contact-cap-working-days must be between 0 and 15");
      });
    }
    runner.withPropertyValues("bofast.eviction.contact-cap-working-days=fem").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("bofast.eviction.contact-cap-working-days");
    });
  }

  @Test
  void attemptsOutOfRangeRefuseToStartAndNameTheSetting() {
    for (String value : new String[] {"0", "11"}) {
      runner.withPropertyValues("bofast.eviction.max-unanswered-attempts=" + value).run(context -> {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("bofast.eviction.max-unanswered-attempts must be between 1 and 10");
      });
    }
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
