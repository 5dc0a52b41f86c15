DROP INDEX `appointments_span_end`;--> statement-breakpoint
CREATE INDEX `appointments_span_end_start` ON `appointments` (`span_end_utc`,`span_start_utc`);--> statement-breakpoint
CREATE INDEX `follow_ups_owner_open` ON `follow_ups` (`owner_user_id`,`done_on`,`due_on`);