CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text,
	`domain` text NOT NULL,
	`situation` text DEFAULT '' NOT NULL,
	`resources` text DEFAULT '' NOT NULL,
	`needs` text DEFAULT '' NOT NULL,
	`rating` text NOT NULL,
	`assessed_on` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_case` ON `assessments` (`case_id`,`domain`);--> statement-breakpoint
CREATE TABLE `case_managers` (
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_managers_user` ON `case_managers` (`user_id`);--> statement-breakpoint
CREATE TABLE `case_phase_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`from_phase` text,
	`to_phase` text NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_phase_events_case` ON `case_phase_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`case_number` text NOT NULL,
	`kommune_id` text NOT NULL,
	`primary_person_id` text NOT NULL,
	`household_id` text,
	`phase` text DEFAULT 'klaerung' NOT NULL,
	`intake_reason` text,
	`first_contact_on` text,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`closure_reason` text,
	`goal_attainment` text,
	`blocked` integer DEFAULT false NOT NULL,
	`blocked_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`primary_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_number_unique` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_phase` ON `cases` (`phase`);--> statement-breakpoint
CREATE INDEX `cases_kommune` ON `cases` (`kommune_id`);--> statement-breakpoint
CREATE INDEX `cases_person` ON `cases` (`primary_person_id`);--> statement-breakpoint
CREATE INDEX `cases_updated` ON `cases` (`updated_at`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`due_on` text NOT NULL,
	`note` text NOT NULL,
	`owner_user_id` text,
	`source` text DEFAULT 'manuell' NOT NULL,
	`source_id` text,
	`done_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_due` ON `follow_ups` (`done_on`,`due_on`);--> statement-breakpoint
CREATE INDEX `follow_ups_case` ON `follow_ups` (`case_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text,
	`domain` text NOT NULL,
	`description` text NOT NULL,
	`due_on` text,
	`responsible` text,
	`status` text DEFAULT 'offen' NOT NULL,
	`attainment` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_case` ON `goals` (`case_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`description` text NOT NULL,
	`partner_id` text,
	`due_on` text,
	`status` text DEFAULT 'geplant' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_goal` ON `measures` (`goal_id`);--> statement-breakpoint
CREATE TABLE `note_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`note_id` text NOT NULL,
	`text` text NOT NULL,
	`replaced_at` text NOT NULL,
	`replaced_by` text,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replaced_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_revisions_note` ON `note_revisions` (`note_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`author_user_id` text,
	`noted_on` text NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_case` ON `notes` (`case_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`description` text,
	`uploaded_at` text NOT NULL,
	`uploaded_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_case` ON `documents` (`case_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`purpose` text NOT NULL,
	`data_categories` text DEFAULT '[]' NOT NULL,
	`bidirectional` integer DEFAULT false NOT NULL,
	`given_on` text NOT NULL,
	`valid_until` text,
	`withdrawn_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_person_partner` ON `consents` (`person_id`,`partner_id`);--> statement-breakpoint
CREATE INDEX `consents_valid_until` ON `consents` (`valid_until`);--> statement-breakpoint
CREATE TABLE `data_transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`consent_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`what` text NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	FOREIGN KEY (`consent_id`) REFERENCES `consents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `data_transfers_person` ON `data_transfers` (`person_id`);--> statement-breakpoint
CREATE INDEX `data_transfers_partner` ON `data_transfers` (`partner_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text,
	`note` text NOT NULL,
	`marked_on` text NOT NULL,
	`resolved_on` text,
	`user_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disputes_entity` ON `disputes` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`consent_id` text NOT NULL,
	`purpose` text NOT NULL,
	`referred_on` text NOT NULL,
	`user_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_id`) REFERENCES `consents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_case` ON `referrals` (`case_id`);--> statement-breakpoint
CREATE TABLE `volunteer_cases` (
	`volunteer_id` text NOT NULL,
	`case_id` text NOT NULL,
	PRIMARY KEY(`volunteer_id`, `case_id`),
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`services` text DEFAULT '' NOT NULL,
	`contacts` text DEFAULT '[]' NOT NULL,
	`street` text,
	`postal_code` text,
	`city` text,
	`phone` text,
	`email` text,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `volunteers` (
	`id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`helps_with` text DEFAULT '' NOT NULL,
	`contact` text,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`kommune_id` text,
	`street` text,
	`postal_code` text,
	`city` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `kommunen` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kommunen_name_unique` ON `kommunen` (`name`);--> statement-breakpoint
CREATE TABLE `person_name_keys` (
	`person_id` text NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`key`, `person_id`),
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_name_keys_person` ON `person_name_keys` (`person_id`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`family_name` text NOT NULL,
	`given_names` text NOT NULL,
	`original_script_name` text,
	`alt_spellings` text DEFAULT '[]' NOT NULL,
	`birth_date` text,
	`birth_year` integer,
	`birth_date_approximate` integer DEFAULT false NOT NULL,
	`gender` text DEFAULT 'keine_angabe' NOT NULL,
	`nationality` text,
	`country_of_origin` text,
	`languages` text DEFAULT '[]' NOT NULL,
	`german_level` text,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`interpreter_language` text,
	`phone` text,
	`email` text,
	`street` text,
	`postal_code` text,
	`city` text,
	`kommune_id` text,
	`arrival_germany` text,
	`arrival_kommune` text,
	`residence_status` text,
	`residence_document_type` text,
	`residence_expires_on` text,
	`household_id` text,
	`household_relation` text,
	`child_needs` text DEFAULT '{}' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `persons_household` ON `persons` (`household_id`);--> statement-breakpoint
CREATE INDEX `persons_residence_expiry` ON `persons` (`residence_expires_on`);--> statement-breakpoint
CREATE INDEX `persons_birth_year` ON `persons` (`birth_year`);