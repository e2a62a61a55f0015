package se.bofast.reporting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.reporting.support-visits.*: what one boendestöd visit costs the district, for the
 * boendestöd cost per client. The application refuses to start without it or with a value outside
 * 0–100 000 SEK.
 */
@Validated
@ConfigurationProperties("bofast.reporting.support-visits")
public record SupportVisitProperties(
    @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal costSek) {
}
