package se.bofast.client;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bofast.platform.database.PostgresMigration;

/**
 * Migration 13.1: on PostgreSQL, the database itself keeps the journal append-only, so not even
 * a bug in the application (or a hand-written statement as the application's user) changes a
 * signed entry: a trigger refuses every DELETE, every UPDATE of a signed row, and every UPDATE
 * of an unsigned row other than its author's signature. Its messages name the entry's id only,
 * never its text. On other databases (H2: the fast tests, the demo) it does nothing; the
 * application there has no path that updates or deletes an entry either. A Flyway Java
 * migration (a Spring bean, which Spring Boot hands to Flyway) rather than an SQL file, because
 * the one migration location serves H2 and PostgreSQL alike and H2 cannot read PL/pgSQL.
 */
@Component
class JournalGuardMigration extends PostgresMigration {

  static final String FUNCTION = """
      CREATE OR REPLACE FUNCTION client_journal_entry_guard() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'client_journal_entry may not be truncated' USING ERRCODE = '42501';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'client_journal_entry % may not be deleted', OLD.id USING ERRCODE = '42501';
        END IF;
        IF OLD.signed_at IS NOT NULL THEN
          RAISE EXCEPTION 'client_journal_entry % is signed and may not change', OLD.id USING ERRCODE = '42501';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id
            OR NEW.client_id IS DISTINCT FROM OLD.client_id
            OR NEW.case_number IS DISTINCT FROM OLD.case_number
            OR NEW.kind IS DISTINCT FROM OLD.kind
            OR NEW.event_date IS DISTINCT FROM OLD.event_date
            OR NEW.entry_text IS DISTINCT FROM OLD.entry_text
            OR NEW.written_at IS DISTINCT FROM OLD.written_at
            OR NEW.written_by IS DISTINCT FROM OLD.written_by
            OR NEW.written_by_name IS DISTINCT FROM OLD.written_by_name
            OR NEW.corrects_id IS DISTINCT FROM OLD.corrects_id
            OR NEW.signed_at IS NULL
            OR NEW.signed_by IS DISTINCT FROM OLD.written_by THEN
          RAISE EXCEPTION 'client_journal_entry % may only be signed by its author', OLD.id USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$""";

  static final String TRIGGER = """
      CREATE TRIGGER client_journal_entry_append_only
      BEFORE UPDATE OR DELETE ON client_journal_entry
      FOR EACH ROW EXECUTE FUNCTION client_journal_entry_guard()""";

  /** TRUNCATE skips row triggers: refused by a statement trigger of its own. */
  static final String TRUNCATE_TRIGGER = """
      CREATE TRIGGER client_journal_entry_no_truncate
      BEFORE TRUNCATE ON client_journal_entry
      FOR EACH STATEMENT EXECUTE FUNCTION client_journal_entry_guard()""";

  JournalGuardMigration() {
    super("13.1", "client journal guard");
  }

  @Override
  protected List<String> statements() {
    return List.of(FUNCTION, TRIGGER, TRUNCATE_TRIGGER);
  }
}
