package se.bofast.eviction;

import se.bofast.support.AppTest;

/** The eviction module's read models on H2. */
@AppTest
class EvictionReadModelsTest extends EvictionReadModelScenarios {
}
