-- Dated parameters of rehab-rescue.md, the 2025 standard amounts (benchmark 包头, practice) and the
-- designated institutions named by the city plan (task 三1) plus one out-of-area centre.
insert into rehab_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, scope, reference, mark) values
('rehab.age_min', '0', 'YEARS', null, date '2022-11-07', null, 'rehab', '二连浩特市"十四五"残疾人事业发展规划 三3：0–14岁', 'CITY_PLAN'),
('rehab.age_max', '14', 'YEARS', null, date '2022-11-07', null, 'rehab', '二连浩特市"十四五"残疾人事业发展规划 三3：0–14岁', 'CITY_PLAN'),
('rehab.priority_age_max', '9', 'YEARS', null, date '2022-11-07', null, 'rehab', '二连浩特市"十四五"残疾人事业发展规划 三3：0–9岁优先', 'CITY_PLAN'),
('rehab.income_test', 'false', null, null, date '2022-11-07', null, 'rehab', '二连浩特市"十四五"残疾人事业发展规划 三3：不设家庭经济条件', 'CITY_PLAN'),
('rehab.age_reference', 'RECEIVED_ON', null, null, date '2022-11-07', null, 'rehab', '通办默认：以收到申请之日计算年龄', 'DEFAULT'),
('rehab.categories', '1,2,3,4,5,6,7', null, null, date '2018-10-01', null, 'rehab', '国发〔2018〕20号（视力、听力、言语、肢体、智力、孤独症）；精神、多重为通办默认', 'SOURCE'),
('rehab.completeness_days', '5', 'DAYS', 'WORKING', date '2025-01-01', null, 'rehab', '通办默认：完整性审查', 'DEFAULT'),
('rehab.diagnosis_days', '15', 'DAYS', 'WORKING', date '2025-01-01', null, 'rehab', '通办默认：诊断评估（暂停其他时限）', 'DEFAULT'),
('rehab.review_days', '10', 'DAYS', 'WORKING', date '2025-01-01', null, 'rehab', '通办默认：审核决定，不含诊断评估', 'DEFAULT'),
('rehab.choice_days', '10', 'DAYS', 'WORKING', date '2025-01-01', null, 'rehab', '通办默认：选择定点机构', 'DEFAULT'),
('rehab.agreement_months', '12', 'MONTHS', null, date '2025-01-01', null, 'rehab', '通办默认：协议期一年，按年度续期', 'DEFAULT'),
('rehab.settlement_cycle_months', '3', 'MONTHS', null, date '2025-01-01', null, 'rehab', '通办默认：按季度结算', 'DEFAULT'),
('rehab.renewal_notice_days', '30', 'DAYS', 'CALENDAR', date '2025-01-01', null, 'rehab', '通办默认：协议期满前30日启动续期', 'DEFAULT'),
('rehab.ageing_reminder_days', '60', 'DAYS', 'CALENDAR', date '2025-01-01', null, 'rehab', '通办默认：年满15周岁前60日提醒', 'DEFAULT'),
('rehab.absence_suspend_days', '30', 'DAYS', 'CALENDAR', date '2025-01-01', null, 'rehab', '通办默认：无故缺勤30日暂停', 'DEFAULT'),
('common.supplement_days', '30', 'DAYS', 'CALENDAR', date '2025-01-01', null, 'common', '通办默认：补正期限，逾期视为撤回', 'DEFAULT');

insert into rehab_standard (service_type, category, age_from, age_to, amount_yuan, per_unit, valid_from, valid_to, reference, mark) values
('TRAINING', null, 0, 14, 20000.00, 'YEAR', date '2025-01-01', null, '包头市标准（参考）：肢体、智力、孤独症康复训练每人每年2万元', 'PRACTICE'),
('TRAINING', 2, 0, 3, 24000.00, 'YEAR', date '2025-01-01', null, '包头市标准（参考）：听力及0–3岁每人每年2.4万元', 'PRACTICE'),
('TRAINING', 1, 0, 14, 5000.00, 'YEAR', date '2025-01-01', null, '包头市标准（参考）：低视力每人每年5000元', 'PRACTICE'),
('DEVICE', null, 0, 14, 8000.00, 'ITEM', date '2025-01-01', null, '通办默认（待上级残联标准）：辅助器具每件', 'DEFAULT'),
('SURGERY', null, 0, 14, 30000.00, 'CASE', date '2025-01-01', null, '通办默认（待上级残联标准）：矫治手术每例', 'DEFAULT'),
('PHYSIO', null, 0, 14, 6000.00, 'YEAR', date '2025-01-01', null, '通办默认（待上级残联标准）：理疗每年', 'DEFAULT');

insert into rehab_institution (code, name, in_area, diagnoses, services, categories, capacity, valid_from, valid_to) values
('RI-EH-01', '二连浩特市妇幼保健院儿童康复科', true, true, 'TRAINING,PHYSIO', '2,3,4,5,6,7', 12, date '2025-01-01', null),
('RI-EH-02', '二连浩特市医院康复医学科', true, true, 'SURGERY,DEVICE,PHYSIO', '1,2,4,7', 8, date '2025-01-01', null),
('RI-EH-03', '二连浩特市蒙医中医医院', true, true, 'PHYSIO,TRAINING', '4,5,6', 6, date '2025-01-01', null),
('RI-XL-01', '锡林郭勒盟残疾人康复中心', false, true, 'TRAINING,DEVICE,SURGERY,PHYSIO', '1,2,3,4,5,6,7', 20, date '2025-01-01', null);
