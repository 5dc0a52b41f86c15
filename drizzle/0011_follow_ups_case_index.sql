DROP INDEX `follow_ups_case`;--> statement-breakpoint
CREATE INDEX `follow_ups_case_open` ON `follow_ups` (`case_id`,`done_on`,`due_on`);