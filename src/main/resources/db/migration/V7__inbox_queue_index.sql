-- A queue page filtered by procedure reads its first rows in due-date order straight from this
-- index instead of sorting the whole queue (docs/benchmarks.md).
create index inbox_task_agency_process_due on inbox_task (agency, process_key, due_at);
