CREATE TABLE `event_status_history` (
	`event_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`document_id` text NOT NULL,
	`reported_on` text,
	PRIMARY KEY(`event_id`, `seq`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tariff_status_history` (
	`tariff_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`date` text,
	`date_precision` text NOT NULL,
	`document_id` text NOT NULL,
	`reported_on` text,
	PRIMARY KEY(`tariff_id`, `seq`),
	FOREIGN KEY (`tariff_id`) REFERENCES `tariff_measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
