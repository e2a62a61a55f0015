-- Tasklist's shared filters list a page of 15 tasks sorted by due date (Task.xml orders by
-- RES.DUE_DATE_). The engine's schema has no index on the due date, so PostgreSQL read and
-- sorted every task of the user's groups for one page. With this index (and the task query's
-- authorization as IN subqueries, se.bofast.platform.query.AuthorizedQueries) it walks the tasks
-- in due-date order and stops after the page: at 50,000 open tasks 218 tasks read for bosse's
-- first page instead of 14,104 (issue 10). Run by se.bofast.platform.EngineIndexes.
CREATE INDEX IF NOT EXISTS BOFAST_IDX_TASK_DUE_DATE ON ACT_RU_TASK (DUE_DATE_);
