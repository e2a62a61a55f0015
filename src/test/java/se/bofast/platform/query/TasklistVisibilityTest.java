package se.bofast.platform.query;

import se.bofast.support.AppTest;

/** Group isolation of the shared filters with the rewritten task and variable queries, on H2. */
@AppTest
class TasklistVisibilityTest extends TasklistVisibilityChecks {
}
