DROP INDEX `cases_updated`;--> statement-breakpoint
CREATE INDEX `cases_updated_number` ON `cases` (`updated_at`,`case_number`);