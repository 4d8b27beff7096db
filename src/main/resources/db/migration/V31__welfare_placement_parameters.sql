-- The parameter table of welfare-placement.md, with sources and marks. Retirement ages follow
-- 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024), in force 2025-01-01: the statutory age
-- rises by one month per 4 (men, women cadres) or 2 (women workers) months of birth, up to 3 or 5
-- years; before 2025 the 1978 ages applied without delay.
insert into wp_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, reference, mark) values
('placement.cap', '2', 'COUNT', null, date '2022-11-07', null, '二连浩特市"十四五"残疾人事业发展规划 四(一)2：累计安置次数原则上不超过2次', 'CITY_PLAN'),
('placement.cap_override_allowed', 'false', 'BOOLEAN', null, date '2022-11-07', null, 'Tongban：原则上不设例外', 'DEFAULT'),
('placement.subsidy_term_years', '3', 'YEARS', null, date '2023-01-01', null, '就业补助资金管理办法（财社〔2023〕181号）', 'SOURCE'),
('placement.near_retirement_years', '5', 'YEARS', null, date '2023-01-01', null, '就业补助资金管理办法（财社〔2023〕181号）：距法定退休年龄不足5年的可延长至退休', 'SOURCE'),
('placement.min_age', '16', 'YEARS', null, date '1995-01-01', null, '劳动法 第15条', 'SOURCE'),
('placement.min_contract_years', '1', 'YEARS', null, date '2022-11-07', null, '公益性岗位劳动合同期限（各地通行做法）', 'PRACTICE'),
('placement.minimum_wage_monthly', '1980', 'YUAN', null, date '2021-12-01', date '2024-11-30', '内蒙古自治区月最低工资标准（2021-12-01起，一类地区）；上线前与人社局核对', 'PRACTICE'),
('placement.minimum_wage_monthly', '2270', 'YUAN', null, date '2024-12-01', null, '内蒙古自治区月最低工资标准（2024-12-01起，一类地区）；上线前与人社局核对', 'PRACTICE'),
('placement.completeness_days', '5', 'DAYS', 'WORKING', date '2022-11-07', null, 'Tongban 默认', 'DEFAULT'),
('placement.supplement_days', '30', 'DAYS', 'CALENDAR', date '2022-11-07', null, 'common.supplement_days', 'DEFAULT'),
('placement.notice_days', '5', 'DAYS', 'WORKING', date '2022-11-07', null, 'Tongban 默认：公示5个工作日', 'DEFAULT'),
('placement.vacancy_report_days', '5', 'DAYS', 'CALENDAR', date '2022-11-07', null, '用人单位5日内报告空岗（各地通行做法）', 'PRACTICE'),
('placement.expiry_warning_days', '60', 'DAYS', 'CALENDAR', date '2022-11-07', null, 'Tongban 默认：补贴期满前60日预警', 'DEFAULT'),
('placement.replacement_wait_months', '0', 'MONTHS', null, date '2022-11-07', null, 'Tongban 默认（有地方取3个月）', 'DEFAULT'),
('placement.claim_cycle_months', '3', 'MONTHS', null, date '2022-11-07', null, 'Tongban 默认：按季度申领', 'DEFAULT'),
('placement.claim_reminder_days', '15', 'DAYS', 'CALENDAR', date '2022-11-07', null, 'Tongban 默认：季度结束15日未申领即提醒', 'DEFAULT'),
('placement.dibao_taper_months', '6', 'MONTHS', null, date '2022-11-07', null, '二连浩特市"十四五"残疾人事业发展规划 四(一)1：低保渐退期不超过6个月', 'CITY_PLAN'),
('placement.retirement.MALE.base_age', '60', 'YEARS', null, date '1978-06-02', null, '国发〔1978〕104号；2024年决定 附件1', 'SOURCE'),
('placement.retirement.FEMALE_CADRE.base_age', '55', 'YEARS', null, date '1978-06-02', null, '国发〔1978〕104号；2024年决定 附件2', 'SOURCE'),
('placement.retirement.FEMALE_WORKER.base_age', '50', 'YEARS', null, date '1978-06-02', null, '国发〔1978〕104号；2024年决定 附件3', 'SOURCE'),
('placement.retirement.MALE.max_delay_months', '0', 'MONTHS', null, date '1978-06-02', date '2024-12-31', '国发〔1978〕104号', 'SOURCE'),
('placement.retirement.FEMALE_CADRE.max_delay_months', '0', 'MONTHS', null, date '1978-06-02', date '2024-12-31', '国发〔1978〕104号', 'SOURCE'),
('placement.retirement.FEMALE_WORKER.max_delay_months', '0', 'MONTHS', null, date '1978-06-02', date '2024-12-31', '国发〔1978〕104号', 'SOURCE'),
('placement.retirement.MALE.max_delay_months', '36', 'MONTHS', null, date '2025-01-01', null, '全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024）附件1', 'SOURCE'),
('placement.retirement.FEMALE_CADRE.max_delay_months', '36', 'MONTHS', null, date '2025-01-01', null, '全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024）附件2', 'SOURCE'),
('placement.retirement.FEMALE_WORKER.max_delay_months', '60', 'MONTHS', null, date '2025-01-01', null, '全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024）附件3', 'SOURCE'),
('placement.retirement.MALE.first_birth_month', '1965-01', 'YEAR_MONTH', null, date '2025-01-01', null, '2024年决定 附件1：1965年1月起出生者逐步延迟', 'SOURCE'),
('placement.retirement.FEMALE_CADRE.first_birth_month', '1970-01', 'YEAR_MONTH', null, date '2025-01-01', null, '2024年决定 附件2：1970年1月起出生者逐步延迟', 'SOURCE'),
('placement.retirement.FEMALE_WORKER.first_birth_month', '1975-01', 'YEAR_MONTH', null, date '2025-01-01', null, '2024年决定 附件3：1975年1月起出生者逐步延迟', 'SOURCE'),
('placement.retirement.MALE.birth_months_per_step', '4', 'MONTHS', null, date '2025-01-01', null, '2024年决定：每4个月延迟1个月', 'SOURCE'),
('placement.retirement.FEMALE_CADRE.birth_months_per_step', '4', 'MONTHS', null, date '2025-01-01', null, '2024年决定：每4个月延迟1个月', 'SOURCE'),
('placement.retirement.FEMALE_WORKER.birth_months_per_step', '2', 'MONTHS', null, date '2025-01-01', null, '2024年决定：每2个月延迟1个月', 'SOURCE');
insert into wp_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, reference, mark) values
('placement.older_worker_age.MALE', '50', 'YEARS', null, date '2022-11-07', null, '大龄就业困难人员（"4050"人员，各地通行做法）', 'PRACTICE'),
('placement.older_worker_age.FEMALE', '40', 'YEARS', null, date '2022-11-07', null, '大龄就业困难人员（"4050"人员，各地通行做法）', 'PRACTICE');
