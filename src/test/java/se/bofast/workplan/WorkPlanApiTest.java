package se.bofast.workplan;

import se.bofast.support.AppTest;

/** The work plan's scenarios on H2 (the fast suite). */
@AppTest
class WorkPlanApiTest extends WorkPlanScenarios {
}
