package se.bofast.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.reporting.*: when the steering-report process starts (a Camunda timer cycle: a cron
 * expression or an ISO-8601 repeating interval such as R/2026-01-01T06:00/P1M; read when the
 * model is deployed and each time the timer fires), the months whose run also makes the
 * tertial report, and when the enhetschef's review is due.
 */
@Validated
@ConfigurationProperties("bofast.reporting")
public record ReportingProperties(
    @NotBlank String monthlyCycle,
    @NotEmpty Set<@Min(1) @Max(12) Integer> tertialMonths,
    @NotNull Period reviewDue) {
}
