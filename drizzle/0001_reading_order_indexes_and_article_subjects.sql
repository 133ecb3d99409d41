CREATE TABLE `article_subjects` (
	`subject_kind` text NOT NULL,
	`subject_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`published_on` text NOT NULL,
	`refs` integer NOT NULL,
	PRIMARY KEY(`subject_kind`, `subject_id`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_subjects_kind_check" CHECK("article_subjects"."subject_kind" IN ('PERSON', 'ORGANIZATION', 'PLACE', 'EVENT')),
	CONSTRAINT "article_subjects_refs_check" CHECK("article_subjects"."refs" >= 0)
);
--> statement-breakpoint
CREATE INDEX `article_subjects_newest_idx` ON `article_subjects` (`subject_kind`,`subject_id`,`published_on`,`article_id`);--> statement-breakpoint
CREATE INDEX `article_subjects_article_id_idx` ON `article_subjects` (`article_id`);--> statement-breakpoint
DROP INDEX `casualty_reports_article_id_idx`;--> statement-breakpoint
DROP INDEX `casualty_reports_place_id_idx`;--> statement-breakpoint
DROP INDEX `casualty_reports_event_id_idx`;--> statement-breakpoint
CREATE INDEX `casualty_reports_article_id_idx` ON `casualty_reports` (`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `casualty_reports_place_id_idx` ON `casualty_reports` (`place_id`,`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `casualty_reports_event_id_idx` ON `casualty_reports` (`event_id`,`article_id`,`evidence_start`);--> statement-breakpoint
DROP INDEX `military_deployments_article_id_idx`;--> statement-breakpoint
DROP INDEX `military_deployments_deploying_country_id_idx`;--> statement-breakpoint
DROP INDEX `military_deployments_host_country_id_idx`;--> statement-breakpoint
DROP INDEX `military_deployments_location_id_idx`;--> statement-breakpoint
DROP INDEX `military_deployments_event_id_idx`;--> statement-breakpoint
CREATE INDEX `military_deployments_article_id_idx` ON `military_deployments` (`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `military_deployments_deploying_country_id_idx` ON `military_deployments` (`deploying_country_id`,`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `military_deployments_host_country_id_idx` ON `military_deployments` (`host_country_id`,`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `military_deployments_location_id_idx` ON `military_deployments` (`location_id`,`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `military_deployments_event_id_idx` ON `military_deployments` (`event_id`,`article_id`,`evidence_start`);--> statement-breakpoint
DROP INDEX `mentions_article_id_idx`;--> statement-breakpoint
CREATE INDEX `mentions_article_id_idx` ON `mentions` (`article_id`,`evidence_start`);--> statement-breakpoint
DROP INDEX `roles_article_id_idx`;--> statement-breakpoint
CREATE INDEX `roles_article_id_idx` ON `roles` (`article_id`,`evidence_start`);--> statement-breakpoint
DROP INDEX `statements_article_id_idx`;--> statement-breakpoint
DROP INDEX `statements_speaker_person_id_idx`;--> statement-breakpoint
DROP INDEX `statements_speaker_organization_id_idx`;--> statement-breakpoint
CREATE INDEX `statements_article_id_idx` ON `statements` (`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `statements_speaker_person_id_idx` ON `statements` (`speaker_person_id`,`article_id`,`evidence_start`);--> statement-breakpoint
CREATE INDEX `statements_speaker_organization_id_idx` ON `statements` (`speaker_organization_id`,`article_id`,`evidence_start`);