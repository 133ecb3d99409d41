CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	CONSTRAINT "api_tokens_role_check" CHECK("api_tokens"."role" IN ('reader', 'editor', 'admin')),
	CONSTRAINT "api_tokens_name_check" CHECK(length("api_tokens"."name") > 0),
	CONSTRAINT "api_tokens_token_hash_check" CHECK(length("api_tokens"."token_hash") = 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`change_set` integer NOT NULL,
	`token_id` integer,
	`caller_name` text NOT NULL,
	`caller_role` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`note` text,
	FOREIGN KEY (`token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `edits_entity_idx` ON `edits` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `edits_change_set_idx` ON `edits` (`change_set`);--> statement-breakpoint
CREATE INDEX `edits_token_id_idx` ON `edits` (`token_id`,`id`);--> statement-breakpoint
CREATE TABLE `organization_aliases` (
	`organization_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`organization_id`, `alias`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_aliases_alias_idx` ON `organization_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `place_aliases` (
	`place_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`place_id`, `alias`),
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `place_aliases_alias_idx` ON `place_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `retracted_rows` (
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `casualty_reports` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `casualty_reports` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `military_deployments` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `military_deployments` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentions` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `people` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `roles` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `roles` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `photos` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `photos` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `places` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `retracted_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `retracted_at` text;