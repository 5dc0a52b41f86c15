CREATE TABLE `index_versions` (
	`name` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_documents` (
	`rowid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_entity` ON `search_documents` (`entity`,`entity_id`);--> statement-breakpoint
ALTER TABLE `case_phase_events` ADD `explanation` text;--> statement-breakpoint
ALTER TABLE `case_phase_events` ADD `goal_attainment` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `consent_recorded` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `consent_recorded_on` text;--> statement-breakpoint
CREATE INDEX `cases_household` ON `cases` (`household_id`);--> statement-breakpoint
ALTER TABLE `kommunen` ADD `version` integer DEFAULT 0 NOT NULL;