DROP INDEX `military_deployments_occurred_on_idx`;--> statement-breakpoint
ALTER TABLE `military_deployments` ADD `article_day` text;--> statement-breakpoint
CREATE INDEX `military_deployments_day_idx` ON `military_deployments` (coalesce("occurred_on", "article_day"),`id`);--> statement-breakpoint
DROP INDEX `statements_stated_on_idx`;--> statement-breakpoint
ALTER TABLE `statements` ADD `article_day` text;--> statement-breakpoint
CREATE INDEX `statements_day_idx` ON `statements` (coalesce("stated_on", "article_day"),`id`);--> statement-breakpoint
ALTER TABLE `casualty_reports` ADD `article_day` text;--> statement-breakpoint
CREATE INDEX `casualty_reports_day_idx` ON `casualty_reports` (coalesce("occurred_on", "article_day"),`id`);