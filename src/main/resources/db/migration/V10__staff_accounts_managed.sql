-- Staff accounts are managed on a page: an address for password-reset links, and a switch that
-- disables an account (its logins and cookies stop working) without losing who did what.
ALTER TABLE staff_account ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE staff_account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
