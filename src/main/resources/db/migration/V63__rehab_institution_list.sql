-- The designated-institution list becomes CDPF's to keep (rehab-rescue.md step 5; issue 10): a
-- designated flag (a hospital may diagnose without being a rehab institution), and who changed
-- an entry last. Entries are dated by valid_from / valid_to; capacity is places at one time.
alter table rehab_institution add column designated boolean default true not null;
alter table rehab_institution add column updated_by varchar(64);
alter table rehab_institution add column updated_at timestamp;
alter table rehab_institution add constraint rehab_institution_period check (valid_to is null or valid_to >= valid_from);
