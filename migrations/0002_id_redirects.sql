CREATE TABLE `id_redirects` (
	`resource` text NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	PRIMARY KEY(`resource`, `from_id`)
);
