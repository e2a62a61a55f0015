package se.bofast.client;

import se.bofast.support.PostgresAppTest;

/** Protected identity on PostgreSQL 17: the V20 migration, the markings' history and the engine's history rewritten. */
@PostgresAppTest
class PostgresProtectedIdentityTest extends ProtectedIdentityCases {
}
