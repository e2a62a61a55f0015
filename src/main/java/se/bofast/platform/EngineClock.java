package se.bofast.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock is the engine's clock (ClockUtil), in Stockholm time: dates the
 * modules record and the timers the engine fires agree, also when a test moves the clock.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Bean
  Clock clock() {
    return new FollowingEngineClock(STOCKHOLM);
  }

  static final class FollowingEngineClock extends Clock {

    private final ZoneId zone;

    FollowingEngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new FollowingEngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
