package se.bofast.followup;

import se.bofast.support.AppTest;

/** The follow-up module's read model of SIP coverage on H2. */
@AppTest
class SipCoverageFactsTest extends SipCoverageScenarios {
}
