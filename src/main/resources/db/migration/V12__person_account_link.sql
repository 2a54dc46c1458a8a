-- A person in the register linked to their user account (issue 11, point 4): an account (security's app_user) belongs
-- to at most one person, a person has at most one account. The link is the person module's: it is kept on the person,
-- changed and audited with the person, and security knows nothing of people. Accounts are disabled, never deleted;
-- should one be deleted, the link goes with it.
ALTER TABLE person ADD COLUMN account_id BIGINT REFERENCES app_user (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX person_account ON person (account_id) WHERE account_id IS NOT NULL;
