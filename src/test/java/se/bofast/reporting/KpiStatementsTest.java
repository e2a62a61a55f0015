package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;

/**
 * One report asks each module's read model once: one SQL statement per read model, none run
 * twice (no N+1), counted by H2's own query statistics. The follow-up module's read model adds
 * the two reads of FollowupService's "current SIP" definition. EvictionCaseFacts' one statement also
 * reads the signals and the contact attempts (subqueries per case), so those tables appear in it.
 */
@AppTest
class KpiStatementsTest {

  private static final Pattern MODULE_TABLE = Pattern.compile(
      "\\b(placement|outreach_contact|eviction_case|eviction_signal|eviction_contact_attempt|sip_target|care_plan)\\b",
      Pattern.CASE_INSENSITIVE);

  @Autowired KpiService kpis;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aReportRunsOneStatementPerReadModel() {
    // a SIP target group that is not empty, so that the follow-up module's definition is asked too
    jdbc.update("INSERT INTO sip_target (client_id, case_number, registered_at) VALUES (?, NULL, ?)",
        600_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L), OffsetDateTime.now());

    Map<String, Long> executions = new LinkedHashMap<>();
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      kpis.figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
      jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS", rs -> {
        String sql = rs.getString(1);
        if (MODULE_TABLE.matcher(sql).find()) {
          executions.put(sql, rs.getLong(2));
        }
      });
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }

    assertThat(executions.values()).as("no statement runs twice: %s", executions).containsOnly(1L);
    Map<String, Long> statementsPerTable = new LinkedHashMap<>();
    executions.keySet().forEach(sql -> {
      Matcher table = MODULE_TABLE.matcher(sql);
      while (table.find()) {
        statementsPerTable.merge(table.group(1).toLowerCase(), 1L, Long::sum);
      }
    });
    assertThat(statementsPerTable).as("%s", executions).containsOnly(
        Map.entry("placement", 1L), // PlacementFacts
        Map.entry("outreach_contact", 1L), // OutreachContactFacts
        Map.entry("eviction_case", 1L), // EvictionCaseFacts
        // EvictionSignalFacts (by type and source), and EvictionCaseFacts' rent-arrears subquery
        Map.entry("eviction_signal", 2L),
        Map.entry("eviction_contact_attempt", 1L), // EvictionCaseFacts' first-attempt subquery
        Map.entry("sip_target", 2L), // SipCoverageFacts: the group's size, and FollowupService's read of it
        Map.entry("care_plan", 1L)); // FollowupService: the target group's plans
    assertThat(executions).as("seven statements in all (eleven before the read models)")
        .hasSize(7);
  }
}
