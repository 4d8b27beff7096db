-- One SLA policy per user task of rehab-rescue (no statutory limits: rehab-rescue.md). The
-- assessment by HEALTH pauses the case's other clocks.
insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party, anchor_variable,
    pauses_clock, reference, mark, valid_from, valid_to) values
('rehab-rescue', 'Task_PreliminaryReview', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：社区/嘎查初审', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_CheckCompleteness', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, 'rehab.completeness_days：完整性审查（通办默认）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_AssessChild', 15, 'WORKING_DAYS', false, 'AGENCY', null, true, 'rehab.diagnosis_days：诊断评估，期间暂停其他时限（通办默认）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_CheckGuardianship', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：民政协查', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_CheckInsurance', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：医保参保协查', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_DecideApplication', 10, 'WORKING_DAYS', false, 'AGENCY', null, false, 'rehab.review_days：审核决定，不含诊断评估（通办默认；无法定时限）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_ChooseInstitution', 10, 'WORKING_DAYS', false, 'APPLICANT', null, false, 'rehab.choice_days：监护人选择定点机构（通办默认）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_ApproveOutOfArea', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：市外康复审批（各地惯例）', 'PRACTICE', date '2025-01-01', null),
('rehab-rescue', 'Task_SignAgreement', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：签订定点康复服务协议', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_ReviewBill', 10, 'WORKING_DAYS', false, 'AGENCY', null, false, 'rehab.review_days：结算审核（通办默认）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_PayInsuredItems', 10, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：医保先行支付', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_PayInstitution', 10, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：财政直接结算', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_ReviewRenewal', 30, 'CALENDAR_DAYS', false, 'AGENCY', null, false, 'rehab.renewal_notice_days：期满前30日启动续期（通办默认）', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_PrepareAgeingOut', 30, 'CALENDAR_DAYS', false, 'AGENCY', null, false, '通办默认：满15周岁前衔接安排', 'DEFAULT', date '2025-01-01', null),
('rehab-rescue', 'Task_ReviewInstitutionChange', 10, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：更换机构审核（各地惯例：原协议终止并重新审核）', 'PRACTICE', date '2025-01-01', null),
('rehab-rescue', 'Task_TerminateService', 5, 'WORKING_DAYS', false, 'AGENCY', null, false, '通办默认：终止救助', 'DEFAULT', date '2025-01-01', null);
