package se.bofast.followup;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.bofast.support.ProcessCoverage;

/** The follow-up process tests' coverage rule (one shared context for both process test classes). */
@TestConfiguration
class FollowupCoverage {

  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessCoverage.atLeastRequired();
  }
}
