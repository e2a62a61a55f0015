package se.bofast.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** bofast.followup.asi-followup-after must be 6-12 months: otherwise no start, naming the setting. */
class FollowupPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(FollowupProperties.class)
  static class Config {
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class)
      .withPropertyValues("bofast.followup.dur-followup-after=P0D", "bofast.followup.sip-invite-within=P10D",
          "bofast.followup.sip-grace-period=P30D", "bofast.followup.task-due.sip-consent=P7D");

  @Test
  void sixToTwelveMonthsStart() {
    for (String value : new String[] {"P6M", "P9M", "P12M", "P1Y"}) {
      runner.withPropertyValues("bofast.followup.asi-followup-after=" + value)
          .run(context -> assertThat(context).hasNotFailed());
    }
  }

  @Test
  void outsideSixToTwelveMonthsRefusesToStartAndNamesTheSetting() {
    for (String value : new String[] {"P5M", "P13M", "P6M1D", "P180D"}) {
      runner.withPropertyValues("bofast.followup.asi-followup-after=" + value).run(context -> {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("bofast.followup.asi-followup-after must be between P6M and P12M");
      });
    }
  }

  @Test
  void aMissingSettingRefusesToStart() {
    runner.run(context -> assertThat(context).hasFailed());
  }
}
