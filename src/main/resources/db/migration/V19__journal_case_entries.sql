-- The journal of an eviction case (module se.bofast.client; issue 13, item 2): an eviction
-- case's tenant is often no client of the register, and the case's entries (its contact
-- attempts, the home visit, the UV-team's and the aid decision, the outcome) are journal entries
-- all the same. Such an entry has a case number and no client; an entry about a client (a chain
-- client's eviction case included) keeps its client. Every entry belongs to one of the two.
-- Portable between H2 2.x and PostgreSQL. The PostgreSQL guard (migration 13.1) compares
-- client_id with IS DISTINCT FROM and needs no change: it keeps a case's entries append-only too.
ALTER TABLE client_journal_entry ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE client_journal_entry ADD CONSTRAINT ck_client_journal_subject
    CHECK (client_id IS NOT NULL OR case_number IS NOT NULL);

-- the case's journal in reading order
CREATE INDEX ix_client_journal_case_reading ON client_journal_entry (case_number, event_date, written_at);
DROP INDEX ix_client_journal_case;
