package se.bofast.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.audit.*: when access-log-review starts (a Camunda timer cycle; the process then waits
 * for the month's first working day), the working hours outside which reads are listed, how many
 * distinct clients and cases one person may read in a day before it is listed, and when the
 * enhetschef's review is due.
 */
@Validated
@ConfigurationProperties("bofast.audit")
public record AuditProperties(
    @NotBlank String reviewCycle,
    @NotNull LocalTime workingHoursStart,
    @NotNull LocalTime workingHoursEnd,
    @Min(1) int maxSubjectsPerDay,
    @NotNull Period reviewDue) {
}
