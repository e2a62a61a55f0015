package se.bofast.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.retention.*: when records-retention runs (a Camunda timer cycle, seconds first), how long
 * a client's records are kept after the last entry (gallring in the calendar year after that
 * period has run out), the days of the month whose births are kept for research, and when the
 * enhetschef's approval is due.
 */
@Validated
@ConfigurationProperties("bofast.retention")
record RetentionProperties(
    @NotBlank String cycle,
    @NotNull Period period,
    @NotNull List<@NotNull @Min(1) @Max(31) Integer> exemptBirthDays,
    @NotNull Period approvalDue) {
}
