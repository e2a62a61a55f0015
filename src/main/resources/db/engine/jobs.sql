-- Job acquisition (Job.xml, selectNextJobsToExecute) asks for jobs that are due:
--   DUEDATE_ IS NULL OR DUEDATE_ <= now, RETRIES_ > 0, not locked, active.
-- The engine's schema has no index on the due date, so every pickup read the whole job
-- table (24,101 rows, 14.5 ms even when nothing was due; issue 10). With this index
-- PostgreSQL answers with two index ranges (BitmapOr: the null due dates and the due
-- ones) and reads only the due rows. Run by se.bofast.platform.EngineIndexes.
CREATE INDEX IF NOT EXISTS BOFAST_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
