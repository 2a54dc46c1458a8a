-- Browser sessions in PostgreSQL (Spring Session JDBC, issue 14), so that every application node behind a load
-- balancer sees the same sessions: signed in on one node is signed in on all, and ending an account's sessions
-- (disabled, new role, new password, a restore) ends them wherever they are. The schema is spring-session-jdbc's
-- schema-postgresql.sql under the security module's names (spring.session.jdbc.table-name=security_session; Spring
-- Session adds _ATTRIBUTES for the second table, which PostgreSQL folds to lower case). PRINCIPAL_NAME is the
-- principal name index: the user name of the account signed in with the session.
--
-- owned by security: security_session, security_session_attributes

CREATE TABLE security_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT security_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX security_session_ix1 ON security_session (session_id);
CREATE INDEX security_session_ix2 ON security_session (expiry_time);
CREATE INDEX security_session_ix3 ON security_session (principal_name);

CREATE TABLE security_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT security_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT security_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES security_session (primary_id) ON DELETE CASCADE
);

-- Not part of a backup: a session is a credential, and a restore ends every session anyway.
COMMENT ON TABLE security_session IS 'transient: browser sessions, left out of backups';
COMMENT ON TABLE security_session_attributes IS 'transient: the attributes of browser sessions, left out of backups';
