package se.bofast.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing or unsafe settings as Spring Boot's "APPLICATION FAILED TO START". */
class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingsException cause) {
    String description = "Bofast cannot start with this configuration:\n  - "
        + String.join("\n  - ", cause.problems());
    String action = "Set the settings named above (environment variables or application properties) "
        + "and start again. See README.md, \"Produktion\".";
    return new FailureAnalysis(description, action, cause);
  }
}
