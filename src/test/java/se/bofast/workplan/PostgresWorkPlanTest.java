package se.bofast.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.bofast.support.PostgresAppTest;

/** The work plan on PostgreSQL 17: V15 as on H2, and the same scenarios. */
@PostgresAppTest
class PostgresWorkPlanTest extends WorkPlanScenarios {

  @Test
  void theMigrationRan() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version = '15' AND success",
        String.class)).containsExactly("15");
    assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'work_plan%'",
        String.class)).containsExactlyInAnyOrder("work_plan", "work_plan_version", "work_plan_goal", "work_plan_action");
  }
}
