-- Absent without reason for more than rehab.absence_suspend_days: the service is suspended and
-- terminated this many days later unless attendance resumes (rehab-rescue.md, Branches: default).
insert into rehab_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, scope, reference, mark) values
('rehab.suspension_days', '30', 'DAYS', 'CALENDAR', date '2025-01-01', null, 'rehab', '通办默认：无故缺勤暂停后30日仍未恢复的，终止救助', 'DEFAULT');
