package se.bofast.client;

import se.bofast.support.PostgresAppTest;

/** The client's team on PostgreSQL 17: the V12 migration's one-holder rule and the same scenarios. */
@PostgresAppTest
class PostgresClientTeamTest extends ClientTeamCases {
}
