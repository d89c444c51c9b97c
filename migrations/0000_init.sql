CREATE TABLE `actor_aliases` (
	`actor_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`actor_id`, `alias`),
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `actor_sources` (
	`subject_id` text NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	PRIMARY KEY(`subject_id`, `document_id`, `start`, `end`),
	FOREIGN KEY (`subject_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actor_sources_document_idx` ON `actor_sources` (`document_id`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`title` text,
	`search_text` text NOT NULL,
	`confidence` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `actors_country_idx` ON `actors` (`country`,`id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text,
	`author` text,
	`published_date` text,
	`publisher` text,
	`url` text,
	`source_name` text,
	`format` text NOT NULL,
	`content_hash` text NOT NULL,
	`text` text NOT NULL,
	`extraction` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_content_hash_unique` ON `documents` (`content_hash`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`event_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_participants_actor_idx` ON `event_participants` (`actor_id`);--> statement-breakpoint
CREATE TABLE `event_sources` (
	`subject_id` text NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	PRIMARY KEY(`subject_id`, `document_id`, `start`, `end`),
	FOREIGN KEY (`subject_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_sources_document_idx` ON `event_sources` (`document_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`date_precision` text NOT NULL,
	`status` text NOT NULL,
	`round` integer,
	`location` text,
	`format` text,
	`sort_key` text NOT NULL,
	`search_text` text NOT NULL,
	`confidence` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_sort_idx` ON `events` (`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`,`sort_key`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`,`sort_key`);--> statement-breakpoint
CREATE INDEX `events_round_idx` ON `events` (`round`);--> statement-breakpoint
CREATE TABLE `tariff_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`imposing_country` text NOT NULL,
	`target_country` text NOT NULL,
	`rate_percent` real NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`announced_date` text,
	`date_precision` text NOT NULL,
	`effective_date` text,
	`announced_by` text,
	`conditions` text,
	`confidence` real NOT NULL,
	FOREIGN KEY (`announced_by`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tariffs_pair_idx` ON `tariff_measures` (`imposing_country`,`target_country`);--> statement-breakpoint
CREATE INDEX `tariffs_target_idx` ON `tariff_measures` (`target_country`);--> statement-breakpoint
CREATE INDEX `tariffs_status_idx` ON `tariff_measures` (`status`);--> statement-breakpoint
CREATE TABLE `tariff_sources` (
	`subject_id` text NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	PRIMARY KEY(`subject_id`, `document_id`, `start`, `end`),
	FOREIGN KEY (`subject_id`) REFERENCES `tariff_measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tariff_sources_document_idx` ON `tariff_sources` (`document_id`);--> statement-breakpoint
CREATE TABLE `trade_stat_sources` (
	`subject_id` text NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	PRIMARY KEY(`subject_id`, `document_id`, `start`, `end`),
	FOREIGN KEY (`subject_id`) REFERENCES `trade_stats`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `trade_stat_sources_document_idx` ON `trade_stat_sources` (`document_id`);--> statement-breakpoint
CREATE TABLE `trade_stats` (
	`id` text PRIMARY KEY NOT NULL,
	`exporter` text NOT NULL,
	`importer` text NOT NULL,
	`period` text NOT NULL,
	`value_usd` real NOT NULL,
	`qualifier` text NOT NULL,
	`source_organization_id` text,
	`confidence` real NOT NULL,
	FOREIGN KEY (`source_organization_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `trade_stats_pair_idx` ON `trade_stats` (`exporter`,`importer`,`period`);--> statement-breakpoint
CREATE INDEX `trade_stats_importer_idx` ON `trade_stats` (`importer`);--> statement-breakpoint
CREATE INDEX `trade_stats_period_idx` ON `trade_stats` (`period`);