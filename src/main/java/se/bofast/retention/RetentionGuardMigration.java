package se.bofast.retention;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bofast.platform.database.PostgresMigration;

/**
 * Migration 21.1: on PostgreSQL, gallring gets through the journal's guard (client.JournalGuardMigration,
 * 13.1) and nothing else does. The guard's one trigger for UPDATE and DELETE is split in two that run the
 * same unchanged function: UPDATE as before, and DELETE only {@code WHEN NOT retention_delete_allowed(...)}.
 * A DELETE of an entry passes only when the transaction has set {@code bofast.retention_run} (a
 * transaction-local setting, {@code set_config(..., true)}: gone at commit or rollback) to a run that an
 * enhetschef approved (status APPROVED, approved_by set — written only by the approval task) and the
 * entry belongs to a client approved for removal in that run: by client id, or by one of the client's
 * case numbers recorded with the approval (an eviction case's journal). Ordinary code sets no such
 * setting, so its DELETE is refused as before; code that forged the setting still could not remove an
 * entry of a client nobody approved. TRUNCATE and UPDATE stay refused. The application's role keeps its
 * DELETE privilege on the journal (13.1 never revoked it); the access log (17.1, privileges revoked) is not
 * touched: gallring leaves its rows (see docs/gallring.md).
 */
@Component
class RetentionGuardMigration extends PostgresMigration {

  static final String SETTING = "bofast.retention_run";

  static final String ALLOWED = """
      CREATE OR REPLACE FUNCTION retention_delete_allowed(entry_client_id BIGINT, entry_case_number VARCHAR)
      RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM retention_run r JOIN retention_candidate c ON c.run_id = r.id
          WHERE r.id = NULLIF(current_setting('bofast.retention_run', true), '')::BIGINT
            AND r.status = 'APPROVED' AND r.approved_by IS NOT NULL
            AND c.status = 'APPROVED'
            AND (c.client_id = entry_client_id
                 OR EXISTS (SELECT 1 FROM retention_case rc
                            WHERE rc.candidate_id = c.id AND rc.case_number = entry_case_number)))
      $$""";

  static final List<String> TRIGGERS = List.of(
      "DROP TRIGGER client_journal_entry_append_only ON client_journal_entry",
      """
      CREATE TRIGGER client_journal_entry_no_update
      BEFORE UPDATE ON client_journal_entry
      FOR EACH ROW EXECUTE FUNCTION client_journal_entry_guard()""",
      """
      CREATE TRIGGER client_journal_entry_no_delete
      BEFORE DELETE ON client_journal_entry
      FOR EACH ROW WHEN (NOT retention_delete_allowed(OLD.client_id, OLD.case_number))
      EXECUTE FUNCTION client_journal_entry_guard()""");

  RetentionGuardMigration() {
    super("21.1", "journal guard lets approved gallring through");
  }

  @Override
  protected List<String> statements() {
    List<String> all = new java.util.ArrayList<>(List.of(ALLOWED));
    all.addAll(TRIGGERS);
    return all;
  }
}
