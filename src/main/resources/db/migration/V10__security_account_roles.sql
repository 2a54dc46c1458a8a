-- Roles become data: an account holds several, and an area editor's role names the area (its sub-areas follow).
--   ADMIN          accounts, settings, backup; everything a coordinator may do
--   COORDINATOR    the coordination office: every area, the memo, imports, term changes, GDPR requests
--   AREA_EDITOR    arenas, assessments, reviews, appointments, report-backs and texts of one area and its sub-areas
--   REPRESENTATIVE their own report-backs
--   READER         internal reading: officials' names, workload, history
-- area_id is catalog's area; security does not depend on catalog, so there is no foreign key: a grant for an area
-- that no longer exists gives nothing (areas are not deleted in the application).
-- owned by security: account_role
CREATE TABLE account_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'AREA_EDITOR', 'REPRESENTATIVE', 'READER')),
    area_id BIGINT,
    CHECK ((role = 'AREA_EDITOR') = (area_id IS NOT NULL))
);
CREATE UNIQUE INDEX account_role_once ON account_role (user_id, role, coalesce(area_id, 0));

-- Today's two roles: an administrator stays one; an editor, who could change every area, becomes a coordinator.
INSERT INTO account_role (user_id, role)
SELECT id, CASE role WHEN 'ADMIN' THEN 'ADMIN' ELSE 'COORDINATOR' END FROM app_user;

ALTER TABLE app_user DROP CONSTRAINT app_user_role;
ALTER TABLE app_user DROP COLUMN role;
