CREATE TABLE `consultation_addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`consultation_id` text NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`for_client` integer DEFAULT false NOT NULL,
	`author_user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`consultation_id`) REFERENCES `consultations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_addenda_consultation` ON `consultation_addenda` (`consultation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`appointment_id` text,
	`occurrence_date` text,
	`template` text,
	`author_user_id` text,
	`held_on` text,
	`start_time` text,
	`duration_minutes` integer,
	`form` text,
	`place` text DEFAULT '' NOT NULL,
	`person_ids` text DEFAULT '[]' NOT NULL,
	`interpreter` text,
	`staff_ids` text DEFAULT '[]' NOT NULL,
	`partner_ids` text DEFAULT '[]' NOT NULL,
	`life_domains` text DEFAULT '[]' NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`internal_note` text DEFAULT '' NOT NULL,
	`summary_plain` text DEFAULT '' NOT NULL,
	`agreements_plain` text DEFAULT '' NOT NULL,
	`agreements` text DEFAULT '[]' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL,
	`next_appointment` text,
	`next_appointment_id` text,
	`participant_names` text,
	`finalised_at` text,
	`finalised_by` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultations_case` ON `consultations` (`case_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `consultations_appointment` ON `consultations` (`appointment_id`,`occurrence_date`);