package se.bofast.platform.query;

import se.bofast.support.PostgresAppTest;

/** Group isolation of the shared filters with the rewritten task and variable queries, on PostgreSQL. */
@PostgresAppTest
class PostgresTasklistVisibilityTest extends TasklistVisibilityChecks {
}
