ALTER TABLE `articles` ADD `casualty_report_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `military_deployment_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_publisher_idx` ON `articles` (`publisher`,`published_on`,`id`);--> statement-breakpoint
CREATE INDEX `articles_language_idx` ON `articles` (`language`,`published_on`,`id`);--> statement-breakpoint
CREATE INDEX `articles_most_casualty_reports_idx` ON `articles` (`casualty_report_count`,`published_on`,`id`);--> statement-breakpoint
CREATE INDEX `articles_military_deployments_idx` ON `articles` (`military_deployment_count`,`published_on`,`id`);--> statement-breakpoint
ALTER TABLE `events` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_latest_idx` ON `events` (coalesce("starts_on", ''), `id`);--> statement-breakpoint
CREATE INDEX `events_most_articles_idx` ON `events` (`article_count`,`id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_most_articles_idx` ON `organizations` (`article_count`,`id`);--> statement-breakpoint
ALTER TABLE `people` ADD `statement_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `people_most_statements_idx` ON `people` (`statement_count`,`id`);--> statement-breakpoint
CREATE INDEX `people_most_articles_idx` ON `people` (`article_count`,`id`);--> statement-breakpoint
ALTER TABLE `places` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `places_most_articles_idx` ON `places` (`article_count`,`id`);--> statement-breakpoint
CREATE INDEX `casualty_reports_latest_idx` ON `casualty_reports` (coalesce("occurred_on", ''), `id`);--> statement-breakpoint
CREATE INDEX `casualty_reports_largest_idx` ON `casualty_reports` (coalesce("count", "count_low", 0), `id`);--> statement-breakpoint
CREATE INDEX `military_deployments_occurred_on_idx` ON `military_deployments` (`occurred_on`);--> statement-breakpoint
CREATE INDEX `military_deployments_latest_idx` ON `military_deployments` (coalesce("occurred_on", ''), `id`);--> statement-breakpoint
CREATE INDEX `military_deployments_largest_idx` ON `military_deployments` (coalesce("personnel", 0), `id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`review_status`);--> statement-breakpoint
CREATE INDEX `statements_stated_on_idx` ON `statements` (`stated_on`);--> statement-breakpoint
CREATE INDEX `statements_latest_idx` ON `statements` (coalesce("stated_on", ''), `id`);