package se.bofast.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

/**
 * The coverage every process test class must reach: 95% of flow nodes and sequence flows.
 * The bean that carries it must be @Primary: the library registers its own default
 * properties, and with two candidates it silently falls back to no threshold at all.
 */
public final class ProcessCoverage {

  public static final double REQUIRED = 0.95;

  private ProcessCoverage() {
  }

  /** Required coverage of the processes a test class drives; other processes it merely starts are excluded. */
  public static ProcessEngineCoverageProperties atLeastRequired(String... otherProcessKeys) {
    return ProcessEngineCoverageProperties.builder()
        .assertClassCoverageAtLeast(REQUIRED)
        .excludeProcessDefinitionKeys(otherProcessKeys)
        .build();
  }
}
