package se.bofast.housing;

import se.bofast.support.AppTest;

/** The housing module's read models on H2. */
@AppTest
class HousingReadModelsTest extends HousingReadModelScenarios {
}
