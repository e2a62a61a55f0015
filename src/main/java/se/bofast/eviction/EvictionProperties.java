package se.bofast.eviction;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.eviction.*: how many days before Kronofogden's eviction date the preparation
 * task comes, the reminder before the återvinningsfrist (working days), the follow-up
 * after a prevented eviction, and the due date of each task.
 */
@Validated
@ConfigurationProperties("bofast.eviction")
public record EvictionProperties(
    @Min(1) int prepareDaysBeforeEviction,
    @Min(1) int reminderWorkingDaysBeforeReclaim,
    @NotNull Period followUpAfterPrevented,
    @NotNull Period outcomeDueWithoutDates,
    @NotNull Map<String, Period> taskDue) {

}
