package se.bofast.eviction;

import se.bofast.support.PostgresAppTest;

/** The eviction module's read models on PostgreSQL 17: the same scenarios, the same SQL. */
@PostgresAppTest
class PostgresEvictionReadModelsTest extends EvictionReadModelScenarios {
}
