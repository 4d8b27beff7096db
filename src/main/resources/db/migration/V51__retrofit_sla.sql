-- Time limits of the retrofit's user tasks (accessibility-retrofit.md, workflow table). FIN's
-- payment runs from the passed 验收 (variable inspectionPassedAt), 30 calendar days (source).
insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party, anchor_variable,
    pauses_clock, reference, mark, valid_from, valid_to) values
('accessibility-retrofit', 'Task_InitialCheck', 5, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：初审 retrofit.initial_check_days', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_CheckCardAndHome', 10, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：资格审核 retrofit.eligibility_days', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_CheckHardship', 5, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：民政协查（资格审核期限内）', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_VerifyObjection', 5, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：公示异议核实', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_HomeAssessment', 20, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：公示后入户评估 retrofit.assessment_days', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_SuperviseWorks', 30, 'CALENDAR_DAYS', false, 'AGENCY', null, false,
 '通办默认：施工期限 retrofit.works_days', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_AcceptanceInspection', 10, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：竣工报告后验收', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_RecordRectification', 15, 'CALENDAR_DAYS', false, 'AGENCY', null, false,
 '通办默认：整改期限 retrofit.rectify_days', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_ResolveSecondFailure', 5, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：二次验收不合格处理', 'DEFAULT', date '2025-01-01', null),
('accessibility-retrofit', 'Task_PayContractor', 30, 'CALENDAR_DAYS', true, 'AGENCY', 'inspectionPassedAt', false,
 '保障中小企业款项支付条例 第九条：验收合格后30日内支付 retrofit.payment_days', 'SOURCE', date '2025-01-01', null);
