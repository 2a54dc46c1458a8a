-- The login throttle's counters (issue 14), in PostgreSQL rather than one JVM's memory, so that a guesser cannot
-- spread tries over the application nodes, and a restart does not forget a lock. One row per user name (kind
-- 'account', lower case) or source address (kind 'address'): the failures in the current window and when it began,
-- the lock and how many locks in a row. forget_at is when the row stops mattering (its window is over and a lock's
-- doubling is forgotten); such rows are pruned.
--
-- owned by security: security_login_throttle

CREATE TABLE security_login_throttle (
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('account', 'address')),
    key          VARCHAR(200) NOT NULL,
    failures     INT          NOT NULL,
    window_start TIMESTAMPTZ,
    locked_until TIMESTAMPTZ,
    locks        INT          NOT NULL,
    forget_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX security_login_throttle_forget_at ON security_login_throttle (forget_at);

COMMENT ON TABLE security_login_throttle IS 'transient: failed logins counted by the login throttle, left out of backups';

-- One more failure of a row's user name or address at "at", as LoginThrottle describes it: while locked nothing
-- changes; else it counts in the current window (a new one when the last is over), and reaching the limit locks it
-- for first_lock, doubled for each lock in a row, at most max_lock (the doubling is forgotten max_lock after a lock
-- ended). Called by the throttle's one upsert, on the row as it is in the table, so concurrent failures add up.
CREATE FUNCTION security_login_failure(s security_login_throttle, at TIMESTAMPTZ, failure_limit INT, win INTERVAL,
                                       first_lock INTERVAL, max_lock INTERVAL)
    RETURNS security_login_throttle LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    previous_locks INT := CASE WHEN s.locked_until IS NOT NULL AND at >= s.locked_until + max_lock THEN 0 ELSE s.locks END;
    new_window BOOLEAN := s.window_start IS NULL OR at >= s.window_start + win;
    counted INT := CASE WHEN new_window THEN 0 ELSE s.failures END + 1;
BEGIN
    IF s.locked_until IS NOT NULL AND at < s.locked_until THEN
        RETURN s;
    END IF;
    IF counted < failure_limit THEN
        s.failures := counted;
        s.window_start := CASE WHEN new_window THEN at ELSE s.window_start END;
        s.locks := previous_locks;
    ELSE
        s.failures := 0;
        s.window_start := NULL;
        s.locked_until := at + least(first_lock * power(2, least(previous_locks, 20)), max_lock);
        s.locks := previous_locks + 1;
    END IF;
    -- greatest() skips nulls: a row with neither a window nor a lock is forgotten at once.
    s.forget_at := coalesce(greatest(s.window_start + win, s.locked_until + max_lock), at);
    RETURN s;
END
$$;
