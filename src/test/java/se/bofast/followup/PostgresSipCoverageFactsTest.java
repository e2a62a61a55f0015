package se.bofast.followup;

import se.bofast.support.PostgresAppTest;

/** The follow-up module's read model of SIP coverage on PostgreSQL 17: the same scenario, the same SQL. */
@PostgresAppTest
class PostgresSipCoverageFactsTest extends SipCoverageScenarios {
}
