-- The committee's read model: one row per user task with what the cross-agency figures need.
-- Kept in step by task events in the engine's transaction; rebuilt from the engine's history and
-- the SLA clocks on demand (CommitteeRebuild). Case numbers only: no personal data.
create table committee_task_fact (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    case_number         varchar(64),
    process_key         varchar(100) not null,
    task_key            varchar(100) not null,
    -- The agency whose queue (candidate group) held the task when it was taken up; see TaskFacts.
    agency              varchar(32),
    created_at          timestamp    not null,
    claimed_at          timestamp,
    ended_at            timestamp,
    status              varchar(10)  not null,
    due_at              timestamp,
    on_time             boolean,
    waiting_seconds     bigint,
    working_seconds     bigint,
    -- Set when the case came from another agency: that agency, when it finished its task, and how
    -- long the case then waited until this agency took it up.
    handoff_from        varchar(32),
    handoff_at          timestamp,
    handoff_seconds     bigint,
    constraint committee_fact_status check (status in ('OPEN', 'DONE', 'CANCELLED'))
);
-- League table and heatmap over a period: completed tasks by end time, then procedure and agency.
create index committee_fact_done on committee_task_fact (status, ended_at, process_key, agency);
-- Backlog and queues: open tasks by procedure, agency and age.
create index committee_fact_open on committee_task_fact (status, process_key, agency, created_at);
-- The previous task of a case, when a new one starts.
create index committee_fact_instance on committee_task_fact (process_instance_id, ended_at);
-- Hand-offs over a period.
create index committee_fact_handoff on committee_task_fact (handoff_at, process_key, handoff_from, agency);
