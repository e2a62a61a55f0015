package se.bofast.followup;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * bofast.followup.*: when ASI Uppföljning and DUR fall due, how soon the region's participants
 * of a SIP are invited, how long a SIP stays current after its follow-up date, and the due
 * date of each task. The application refuses to start when one is missing, or when
 * asi-followup-after lies outside 6-12 months.
 *
 * @param asiFollowupAfter ASI Uppföljning after ASI Grund or after an insats ends: P6M to P12M
 * @param durFollowupAfter DUR after a review of the bistånd decision (P0D: at the review)
 * @param sipInviteWithin the region's participants are invited within this period of the consent
 * @param sipGracePeriod a SIP stays current this long after its follow-up date has passed
 */
@Validated
@ConfigurationProperties("bofast.followup")
public record FollowupProperties(
    @NotNull Period asiFollowupAfter,
    @NotNull Period durFollowupAfter,
    @NotNull Period sipInviteWithin,
    @NotNull Period sipGracePeriod,
    @NotNull Map<String, Period> taskDue) {

  public FollowupProperties {
    if (asiFollowupAfter != null && (asiFollowupAfter.getDays() != 0 || asiFollowupAfter.toTotalMonths() < 6
        || asiFollowupAfter.toTotalMonths() > 12)) {
      throw new IllegalArgumentException("bofast.followup.asi-followup-after must be between P6M and P12M "
          + "(whole months), was " + asiFollowupAfter);
    }
    if (durFollowupAfter != null && durFollowupAfter.isNegative()) {
      throw new IllegalArgumentException("bofast.followup.dur-followup-after must not be negative, was "
          + durFollowupAfter);
    }
    if (sipInviteWithin != null && (sipInviteWithin.isNegative() || sipInviteWithin.isZero())) {
      throw new IllegalArgumentException("bofast.followup.sip-invite-within must be positive, was "
          + sipInviteWithin);
    }
    if (sipGracePeriod != null && sipGracePeriod.isNegative()) {
      throw new IllegalArgumentException("bofast.followup.sip-grace-period must not be negative, was "
          + sipGracePeriod);
    }
  }

}
