-- The household's address is personal data (PIPL): stored encrypted (AES-GCM, security.EncryptedText)
-- from now on, which needs room for the prefix, IV, tag and Base64. Rows written before this
-- version are encrypted at the next start by retrofit.HouseholdAddressUpgrade.
alter table ar_household alter column address set data type varchar(600);
