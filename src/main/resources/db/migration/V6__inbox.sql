-- Inbox projection: one row per open user task with what lists show and filter on.
-- Kept in step by task events in the engine's transaction; rebuilt from the engine on demand.
create table inbox_task (
    task_id             varchar(64)  primary key,
    task_def_key        varchar(255) not null,
    task_name           varchar(255),
    process_instance_id varchar(64)  not null,
    process_key         varchar(255) not null,
    case_number         varchar(64),
    applicant_masked    varchar(64),
    grass_roots_unit    varchar(32),
    lead_agency         varchar(32),
    agency              varchar(32),
    assignee            varchar(64),
    created_at          timestamp    not null,
    due_at              timestamp,
    warn_at             timestamp,
    priority            int          not null
);
create index inbox_task_agency_due on inbox_task (agency, assignee, due_at);
create index inbox_task_assignee_due on inbox_task (assignee, due_at);
create index inbox_task_process_key on inbox_task (process_key, agency);
create index inbox_task_case on inbox_task (case_number);
create index inbox_task_instance on inbox_task (process_instance_id);

-- Which agencies take part in which case (held a task, or named by the procedure as cooperating):
-- the Cooperating tab and case access read it.
create table inbox_case_agency (
    process_instance_id varchar(64) not null,
    agency              varchar(32) not null,
    primary key (process_instance_id, agency)
);
create index inbox_case_agency_agency on inbox_case_agency (agency);

-- Tasks a user completed, for the Done tab (the engine's history has no case fields).
create table inbox_done_task (
    task_id             varchar(64)  primary key,
    task_name           varchar(255),
    process_instance_id varchar(64)  not null,
    process_key         varchar(255) not null,
    case_number         varchar(64),
    applicant_masked    varchar(64),
    grass_roots_unit    varchar(32),
    agency              varchar(32),
    completed_by        varchar(64)  not null,
    completed_at        timestamp    not null,
    due_at              timestamp
);
create index inbox_done_task_user on inbox_done_task (completed_by, completed_at);
