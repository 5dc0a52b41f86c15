CREATE TABLE `barrier_case_links` (
	`id` text PRIMARY KEY NOT NULL,
	`barrier_id` text NOT NULL,
	`case_id` text NOT NULL,
	`goal_id` text,
	`note` text DEFAULT '' NOT NULL,
	`linked_on` text NOT NULL,
	`user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`barrier_id`) REFERENCES `barriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `barrier_case_links_pair` ON `barrier_case_links` (`barrier_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `barrier_case_links_case` ON `barrier_case_links` (`case_id`);--> statement-breakpoint
CREATE TABLE `barrier_impacts` (
	`id` text PRIMARY KEY NOT NULL,
	`barrier_id` text NOT NULL,
	`link_id` text,
	`kommune_id` text NOT NULL,
	`linked_on` text NOT NULL,
	`persons` integer NOT NULL,
	FOREIGN KEY (`barrier_id`) REFERENCES `barriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`link_id`) REFERENCES `barrier_case_links`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `barrier_impacts_barrier` ON `barrier_impacts` (`barrier_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `barrier_impacts_link` ON `barrier_impacts` (`link_id`);--> statement-breakpoint
CREATE TABLE `barrier_kommunen` (
	`barrier_id` text NOT NULL,
	`kommune_id` text NOT NULL,
	PRIMARY KEY(`barrier_id`, `kommune_id`),
	FOREIGN KEY (`barrier_id`) REFERENCES `barriers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `barrier_kommunen_kommune` ON `barrier_kommunen` (`kommune_id`);--> statement-breakpoint
CREATE TABLE `barrier_log` (
	`id` text PRIMARY KEY NOT NULL,
	`barrier_id` text NOT NULL,
	`happened_on` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`status` text,
	`user_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`barrier_id`) REFERENCES `barriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `barrier_log_barrier` ON `barrier_log` (`barrier_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `barriers` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`first_noticed_on` text NOT NULL,
	`responsible` text,
	`responsible_partner_id` text,
	`status` text DEFAULT 'erkannt' NOT NULL,
	`working_group` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`responsible_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `barriers_status` ON `barriers` (`status`);--> statement-breakpoint
CREATE INDEX `barriers_category` ON `barriers` (`category`);--> statement-breakpoint
CREATE TABLE `case_stat_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text,
	`kommune_id` text NOT NULL,
	`opened_on` text NOT NULL,
	`closed_on` text NOT NULL,
	`manager_ids` text DEFAULT '[]' NOT NULL,
	`facts` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`kommune_id`) REFERENCES `kommunen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_stat_snapshots_case` ON `case_stat_snapshots` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_stat_snapshots_period` ON `case_stat_snapshots` (`closed_on`,`opened_on`);