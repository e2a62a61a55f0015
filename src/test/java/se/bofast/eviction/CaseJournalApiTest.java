package se.bofast.eviction;

import se.bofast.support.AppTest;

/** An eviction case's journal on H2 (the fast suite). */
@AppTest
class CaseJournalApiTest extends CaseJournalScenarios {
}
