-- The barrier log is a dated record of actions and decisions: the database refuses to change or delete an entry.
CREATE TRIGGER `barrier_log_no_update` BEFORE UPDATE ON `barrier_log`
BEGIN
	SELECT RAISE(ABORT, 'barrier_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `barrier_log_no_delete` BEFORE DELETE ON `barrier_log`
BEGIN
	SELECT RAISE(ABORT, 'barrier_log is append-only');
END;
