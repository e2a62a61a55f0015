package se.bofast.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import se.bofast.support.Staff;

/**
 * A fixed data set for gallring, dated 2003-2008 so that a run in January 2012 (due: last entry on
 * or before 2006-12-31) finds these clients and none of the other tests' (made today). Rows are
 * written as the modules' tables hold them; personnummer are of 1931, no other test's.
 */
class RetentionDataSet {

  static final String FIRST_NAME = "Gallringsfornamn";
  static final String LAST_NAME = "Gallringsefternamn";

  final JdbcTemplate jdbc;
  final ProcessEngine engine;
  final String suffix = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
  private int cases;

  RetentionDataSet(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** 12 digits, born 1931-mm-dd (samordningsnummer: day + 60), a serial from the run's suffix, Luhn check digit. */
  String personnummer(int month, int day) {
    String nine = String.format("31%02d%02d", month, day) + suffix.substring(2);
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return "19" + nine + (10 - sum % 10) % 10;
  }

  long identified(String personnummer, boolean coordination, LocalDate created) {
    return insert("INSERT INTO client (personal_number, coordination_number, first_name, last_name, needs,"
        + " created_at, created_by, identified_at, identified_by, version) VALUES (?, ?, ?, ?, 'BOTH', ?, 'kim', ?,"
        + " 'kim', 0)", personnummer, coordination, FIRST_NAME, LAST_NAME, at(created), at(created));
  }

  long unidentified(LocalDate created) {
    return insert("INSERT INTO client (coordination_number, alias, needs, created_at, created_by, version)"
        + " VALUES (FALSE, 'Gallringsalias', 'ADDICTION', ?, 'kim', 0)", at(created));
  }

  long journal(Long client, String caseNumber, LocalDate day, Long corrects) {
    return insert("INSERT INTO client_journal_entry (client_id, case_number, kind, event_date, entry_text, written_at,"
        + " written_by, written_by_name, signed_at, signed_by, corrects_id) VALUES (?, ?, 'NOTE', ?,"
        + " 'Gallringstext om klienten', ?, 'kim', 'Kim Lindqvist', ?, 'kim', ?)", client, caseNumber, day, at(day),
        at(day), corrects);
  }

  void fact(long client, LocalDate day) {
    jdbc.update("INSERT INTO client_fact (client_id, kind, fact_date, recorded_by, recorded_at)"
        + " VALUES (?, 'DRUG_FREE_SINCE', ?, 'kim', ?)", client, day, at(day));
  }

  void formerTeamMember(long client, LocalDate from, LocalDate until) {
    jdbc.update("INSERT INTO client_team_member (client_id, team_role, user_id, held_from, held_until, assigned_by,"
        + " ended_by) VALUES (?, 'CASE_MANAGER', 'kim', ?, ?, 'eva', 'eva')", client, at(from), at(until));
  }

  String journey(long client, LocalDate started, LocalDate closed) {
    String caseNumber = "VK-" + started.getYear() + "-R" + suffix + client % 10;
    long journey = insert("INSERT INTO journey (case_number, client_id, status, complex_needs, started_at, started_by,"
        + " closed_on, close_reason, closed_by) VALUES (?, ?, ?, TRUE, ?, 'kim', ?, ?, ?)", caseNumber, client,
        closed == null ? "OPEN" : "CLOSED", at(started), closed, closed == null ? null : "OWN_LEASE",
        closed == null ? null : "kim");
    if (closed != null) {
      jdbc.update("INSERT INTO placement (journey_id, client_id, step, place, start_date, end_date, day_cost_sek,"
          + " end_reason, created_by, created_at, ended_by) VALUES (?, ?, 'HARBARGE', 'Härbärget', ?, ?, 1030,"
          + " 'STEP_ENDED', 'kim', ?, 'kim')", journey, client, started, closed, at(started));
      jdbc.update("INSERT INTO outreach_contact (journey_id, client_id, contact_date, met, client_identified,"
          + " recorded_by, recorded_at) VALUES (?, ?, ?, TRUE, TRUE, 'kim', ?)", journey, client, started, at(started));
    }
    return caseNumber;
  }

  void assessment(long client, LocalDate day) {
    jdbc.update("INSERT INTO followup_assessment (client_id, kind, assessment_date, done_by, result, recorded_at)"
        + " VALUES (?, 'DUR', ?, 'kim', 'Gallringsresultat', ?)", client, day, at(day));
  }

  void endedWorkPlan(long client, LocalDate day) {
    long plan = insert("INSERT INTO work_plan (client_id, current_version, created_at, created_by)"
        + " VALUES (?, 1, ?, 'lotta')", client, at(day));
    long version = insert("INSERT INTO work_plan_version (work_plan_id, version, event, rent_debt_contact_user_id,"
        + " rent_debt_contact_name, changed_at, changed_by, changed_by_name) VALUES (?, 1, 'ENDED', 'sara',"
        + " 'Sara Nyström', ?, 'lotta', 'Lotta Bergström')", plan, at(day));
    jdbc.update("INSERT INTO work_plan_goal (version_id, position, area, goal) VALUES (?, 1, 'RENT', 'Gallringsmål')",
        version);
  }

  /**
   * An eviction case of the tenant (a client's personnummer, or someone who is no client), closed
   * when {@code closed} is given, else open; with a signal, an attempt and a journal entry.
   */
  String evictionCase(String personnummer, LocalDate signalled, LocalDate closed) {
    String caseNumber = "VR-" + signalled.getYear() + "-R" + suffix + (cases++);
    long id = insert("INSERT INTO eviction_case (case_number, tenant_personal_number, tenant_name, street, postal_code,"
        + " city, priority, contact_deadline, status, open_tenant_key, first_signal_on, outcome, closed_on, outcome_on,"
        + " opened_by, opened_at) VALUES (?, ?, 'Gallrings Hyresgäst', 'Gallringsgatan 1', '12345', 'Staden',"
        + " 'NORMAL', ?, ?, ?, ?, ?, ?, ?, 'bosse', ?)", caseNumber, personnummer, signalled.plusDays(10),
        closed == null ? "OPEN" : "CLOSED", closed == null ? personnummer : null, signalled,
        closed == null ? null : "PREVENTED", closed, closed, at(signalled));
    jdbc.update("INSERT INTO eviction_case_tenant (case_id, personal_number, name, main_tenant, added_at, added_by)"
        + " VALUES (?, ?, 'Gallrings Hyresgäst', TRUE, ?, 'bosse')", id, personnummer, at(signalled));
    jdbc.update("INSERT INTO eviction_signal (case_id, source, external_reference, type, received_on, received_at,"
        + " received_by) VALUES (?, 'LANDLORD', ?, 'RENT_ARREARS', ?, ?, 'intake')", id, "GALLRING-" + caseNumber,
        signalled, at(signalled));
    jdbc.update("INSERT INTO eviction_contact_attempt (case_id, attempt_on, channel, reached, recorded_by, recorded_at)"
        + " VALUES (?, ?, 'LETTER', TRUE, 'bosse', ?)", id, signalled.plusDays(1), at(signalled));
    journal(null, caseNumber, signalled.plusDays(1), null);
    return caseNumber;
  }

  void landlordContactAbout(String journeyCaseNumber, LocalDate day) {
    long partner = insert("INSERT INTO partner (kind, name, organisation_number, contact_interval, active, created_at,"
        + " created_by) VALUES ('LANDLORD', 'Gallringsbostäder AB', ?, 'P3M', TRUE, ?, 'bosse')",
        "559" + suffix.substring(0, 3) + "-" + suffix.substring(1) , at(day));
    jdbc.update("INSERT INTO partner_contact (partner_id, contact_date, channel, subject, outcome, journey_case_number,"
        + " user_id, recorded_at) VALUES (?, ?, 'PHONE', 'Om klienten', 'Gallringsutfall', ?, 'bosse', ?)", partner,
        day, journeyCaseNumber, at(day));
  }

  void noticeAbout(String caseNumber, LocalDate day) {
    jdbc.update("INSERT INTO notification_outbox (kind, recipient, address, subject_key, notice_day, mail_subject,"
        + " body, status, attempts, next_attempt_at, created_at) VALUES ('URGENT_CASE', 'bosse', 'bosse@example.se',"
        + " ?, ?, 'Akut vräkningsärende', 'Ärende', 'SENT', 1, ?, ?)", caseNumber, day, at(day), at(day));
  }

  /** A platform-smoke instance for the client, started (and ended when asked) on the day: engine history. */
  String instance(long client, String caseNumber, LocalDate day, boolean end) {
    ClockUtil.setCurrentTime(Staff.date(day.atTime(10, 0)));
    try {
      String id = engine.getRuntimeService().startProcessInstanceByKey("platform-smoke", Variables.createVariables()
          .putValue("caseNumber", caseNumber).putValue("clientDisplayName", "Test T.").putValue("clientId", client)
          .putValue("done", false)).getId();
      if (end) {   // completed by lotta: an operation-log entry of the instance
        engine.getIdentityService().setAuthentication("lotta", java.util.List.of("boendelots"));
        try {
          engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(id)
              .singleResult().getId());
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      }
      return id;
    } finally {
      ClockUtil.reset();
    }
  }

  int count(String table, String where, Object... args) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + where, Integer.class, args);
  }

  static OffsetDateTime at(LocalDate day) {
    return LocalDateTime.of(day, java.time.LocalTime.NOON).atZone(Staff.STOCKHOLM).toOffsetDateTime();
  }

  static Date date(LocalDateTime time) {
    return Staff.date(time);
  }

  private long insert(String sql, Object... args) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var statement = c.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, key);
    return key.getKey().longValue();
  }
}
