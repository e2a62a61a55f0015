package se.bofast.housing;

import se.bofast.support.PostgresAppTest;

/** The housing module's read models on PostgreSQL 17: the same scenarios, the same SQL. */
@PostgresAppTest
class PostgresHousingReadModelsTest extends HousingReadModelScenarios {
}
