-- Each escalation round looks for open clocks whose step time has passed: one index per step time.
create index sla_clock_open_due on sla_clock (status, due_at);
create index sla_clock_open_supervise on sla_clock (status, supervise_at);
