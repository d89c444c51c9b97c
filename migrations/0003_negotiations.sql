CREATE TABLE `negotiations` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`party_a` text NOT NULL,
	`party_b` text NOT NULL,
	`party_a_actor` text,
	`party_b_actor` text,
	`status` text NOT NULL,
	`first_date` text,
	`last_date` text,
	`event_count` integer NOT NULL,
	`round_count` integer NOT NULL,
	`document_count` integer NOT NULL,
	`search_text` text NOT NULL,
	FOREIGN KEY (`party_a_actor`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`party_b_actor`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `negotiations_party_a_idx` ON `negotiations` (`party_a`);--> statement-breakpoint
CREATE INDEX `negotiations_party_b_idx` ON `negotiations` (`party_b`);--> statement-breakpoint
ALTER TABLE `events` ADD `negotiation_id` text REFERENCES negotiations(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `events_negotiation_idx` ON `events` (`negotiation_id`,`sort_key`);--> statement-breakpoint
CREATE INDEX `events_negotiation_round_idx` ON `events` (`negotiation_id`,`round`);--> statement-breakpoint
ALTER TABLE `tariff_measures` ADD `negotiation_id` text REFERENCES negotiations(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `tariffs_negotiation_idx` ON `tariff_measures` (`negotiation_id`);--> statement-breakpoint
ALTER TABLE `trade_stats` ADD `negotiation_id` text REFERENCES negotiations(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `trade_stats_negotiation_idx` ON `trade_stats` (`negotiation_id`);