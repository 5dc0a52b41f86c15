CREATE TABLE `appointment_persons` (
	`appointment_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`appointment_id`, `person_id`),
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_persons_person` ON `appointment_persons` (`person_id`);--> statement-breakpoint
CREATE TABLE `appointment_staff` (
	`appointment_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`appointment_id`, `user_id`),
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_staff_user` ON `appointment_staff` (`user_id`);--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'geplant' NOT NULL,
	`cancel_reason` text,
	`start_utc` text NOT NULL,
	`end_utc` text NOT NULL,
	`all_day` integer DEFAULT false NOT NULL,
	`time_zone` text DEFAULT 'Europe/Berlin' NOT NULL,
	`rule` text,
	`series_time` text,
	`exdates` text DEFAULT '[]' NOT NULL,
	`overrides` text DEFAULT '[]' NOT NULL,
	`span_start_utc` text NOT NULL,
	`span_end_utc` text NOT NULL,
	`series_id` text,
	`occurrence_date` text,
	`place_kind` text DEFAULT 'buero' NOT NULL,
	`location` text,
	`room` text,
	`room_key` text,
	`case_id` text,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`interpreter_language` text,
	`note` text,
	`created_by` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointments_uid_unique` ON `appointments` (`uid`);--> statement-breakpoint
CREATE INDEX `appointments_span_start` ON `appointments` (`span_start_utc`);--> statement-breakpoint
CREATE INDEX `appointments_span_end` ON `appointments` (`span_end_utc`);--> statement-breakpoint
CREATE INDEX `appointments_case` ON `appointments` (`case_id`);--> statement-breakpoint
CREATE INDEX `appointments_series` ON `appointments` (`series_id`);--> statement-breakpoint
CREATE INDEX `appointments_room` ON `appointments` (`room_key`);--> statement-breakpoint
CREATE INDEX `appointments_creator` ON `appointments` (`created_by`);--> statement-breakpoint
CREATE TABLE `staff_availability` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`slots` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
