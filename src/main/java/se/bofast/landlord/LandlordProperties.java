package se.bofast.landlord;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.landlord.*: the contact interval a new partner gets unless one is given, and the
 * due date of each task of landlord-relations. The application refuses to start when one
 * is missing.
 */
@Validated
@ConfigurationProperties("bofast.landlord")
public record LandlordProperties(
    @NotNull Period defaultContactInterval,
    @NotNull Map<String, Period> taskDue) {

}
