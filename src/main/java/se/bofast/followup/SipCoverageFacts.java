package se.bofast.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up module's read model of the SIP target group today, for other modules that report
 * on it (the reporting module's SIP coverage): two numbers, no client ids, no personal data.
 * "Current SIP" is {@link FollowupService}'s definition; this class does not repeat it.
 */
@Component
@Transactional(readOnly = true)
public class SipCoverageFacts {

  /**
   * @param targetClients the clients with samsjuklighet the module knows (the SIP target group)
   * @param withoutCurrentSip those of them without a current SIP today
   */
  public record SipCoverage(long targetClients, long withoutCurrentSip) {
  }

  private final JdbcTemplate jdbc;
  private final FollowupService followups;

  SipCoverageFacts(JdbcTemplate jdbc, FollowupService followups) {
    this.jdbc = jdbc;
    this.followups = followups;
  }

  /** The target group and how many of it lack a current SIP today; (0, 0) for an empty group. */
  public SipCoverage today() {
    Number target = jdbc.queryForObject("SELECT COUNT(*) FROM sip_target", Number.class);
    if (target == null || target.longValue() == 0) {
      return new SipCoverage(0, 0);
    }
    return new SipCoverage(target.longValue(), followups.clientsNeedingSip().size());
  }
}
