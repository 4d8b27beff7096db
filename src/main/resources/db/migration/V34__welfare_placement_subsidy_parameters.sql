-- The quarterly subsidy (welfare-placement.md "Subsidy"): the post subsidy is the monthly minimum
-- wage (placement.minimum_wage_monthly, V31) per month worked; the social-insurance subsidy is the
-- employer's share of 养老, 医疗 and 失业 insurance on the lowest contribution base, per month.
-- The amount is computed from the rows valid on the first day of the claim period; HRSS may only
-- confirm it or reduce it with a reason. Values to be checked with HRSS before going live.
insert into wp_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, reference, mark) values
('placement.social_insurance_base_monthly', '4000', 'YUAN', null, date '2022-11-07', null, '内蒙古自治区职工社会保险缴费基数下限（按年度公布）；上线前与人社局核对', 'PRACTICE'),
('placement.employer_rate.pension', '0.16', 'RATIO', null, date '2019-05-01', null, '国办发〔2019〕13号：城镇职工基本养老保险单位缴费比例16%', 'SOURCE'),
('placement.employer_rate.medical', '0.07', 'RATIO', null, date '2022-11-07', null, '锡林郭勒盟职工基本医疗保险单位缴费比例（含生育）；上线前与医保局核对', 'PRACTICE'),
('placement.employer_rate.unemployment', '0.005', 'RATIO', null, date '2019-05-01', null, '失业保险单位缴费比例0.5%（阶段性降率，人社部发〔2019〕）；上线前核对', 'PRACTICE');
