package se.bofast.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bofast.platform.database.PostgresMigration;

/**
 * Migration 17.1: on PostgreSQL the access log and its review are insert-only for the database
 * itself. UPDATE, DELETE and TRUNCATE are revoked from the application's role (and from PUBLIC),
 * and, because a superuser or the table's owner could grant them back, a trigger refuses every
 * UPDATE and DELETE and a statement trigger every TRUNCATE. Messages name the table and the row's
 * id only. On other databases (H2: the fast tests, the demo) it does nothing; the application has
 * no path that updates or deletes these rows. A Java migration, as client.JournalGuardMigration,
 * because the one migration location serves H2 and PostgreSQL alike.
 */
@Component
class AccessLogGuardMigration extends PostgresMigration {

  static final List<String> TABLES = List.of("access_log", "access_review", "access_anomaly",
      "access_anomaly_review", "access_review_completion");

  static final String FUNCTION = """
      CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION '% may not be truncated', TG_TABLE_NAME USING ERRCODE = '42501';
        END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
      END
      $$""";

  static String rowTrigger(String table) {
    return "CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
        + " FOR EACH ROW EXECUTE FUNCTION access_log_append_only()";
  }

  static String truncateTrigger(String table) {
    return "CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
        + " FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()";
  }

  static String revoke(String table) {
    return "REVOKE UPDATE, DELETE, TRUNCATE ON " + table + " FROM PUBLIC, CURRENT_USER";
  }

  AccessLogGuardMigration() {
    super("17.1", "access log append only");
  }

  @Override
  protected List<String> statements() {
    List<String> all = new java.util.ArrayList<>(List.of(FUNCTION));
    TABLES.forEach(t -> all.addAll(List.of(rowTrigger(t), truncateTrigger(t), revoke(t))));
    return all;
  }
}
