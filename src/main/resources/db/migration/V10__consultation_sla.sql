-- Time limits of the sample consultation referral: the answering agency has 5 working days, the
-- agency asked for an opinion 3 (Tongban defaults; no regulation sets them).
insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party, anchor_variable,
    pauses_clock, reference, mark, valid_from, valid_to) values
('consultation-referral', 'Task_AnswerConsultation', 5, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：咨询转办答复期限', 'DEFAULT', date '2025-01-01', null),
('consultation-referral', 'Task_GiveOpinion', 3, 'WORKING_DAYS', false, 'AGENCY', null, false,
 '通办默认：协办意见期限', 'DEFAULT', date '2025-01-01', null);
