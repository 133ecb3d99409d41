CREATE TABLE `casualty_incidents` (
	`incident` integer NOT NULL,
	`category` text NOT NULL,
	`event_id` integer,
	`place_id` integer,
	`day` text,
	`best` integer NOT NULL,
	`low` integer NOT NULL,
	`high` integer,
	`report_count` integer NOT NULL,
	PRIMARY KEY(`incident`, `category`),
	CONSTRAINT "casualty_incidents_category_check" CHECK("casualty_incidents"."category" IN ('KILLED', 'INJURED', 'MISSING', 'ARRESTED', 'DISPLACED'))
);
--> statement-breakpoint
CREATE INDEX `casualty_incidents_category_idx` ON `casualty_incidents` (`category`,`day`,`place_id`,`event_id`,`best`,`low`,`high`,`report_count`);--> statement-breakpoint
CREATE INDEX `casualty_incidents_place_idx` ON `casualty_incidents` (`place_id`,`category`,`day`);--> statement-breakpoint
CREATE TABLE `place_ancestors` (
	`place_id` integer NOT NULL,
	`ancestor_id` integer NOT NULL,
	PRIMARY KEY(`place_id`, `ancestor_id`)
);
--> statement-breakpoint
CREATE INDEX `place_ancestors_ancestor_idx` ON `place_ancestors` (`ancestor_id`,`place_id`);--> statement-breakpoint
CREATE TABLE `place_coverage` (
	`place_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`published_on` text NOT NULL,
	`refs` integer NOT NULL,
	PRIMARY KEY(`place_id`, `article_id`),
	CONSTRAINT "place_coverage_refs_check" CHECK("place_coverage"."refs" >= 0)
);
--> statement-breakpoint
CREATE INDEX `place_coverage_article_idx` ON `place_coverage` (`article_id`,`place_id`);--> statement-breakpoint
CREATE TABLE `place_coverage_days` (
	`place_id` integer NOT NULL,
	`day` text NOT NULL,
	`article_count` integer NOT NULL,
	PRIMARY KEY(`place_id`, `day`),
	CONSTRAINT "place_coverage_days_count_check" CHECK("place_coverage_days"."article_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE `speaker_articles` (
	`speaker_person_id` integer NOT NULL,
	`speaker_organization_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`statement_count` integer NOT NULL,
	PRIMARY KEY(`speaker_person_id`, `speaker_organization_id`, `article_id`),
	CONSTRAINT "speaker_articles_count_check" CHECK("speaker_articles"."statement_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE `speaker_totals` (
	`speaker_person_id` integer NOT NULL,
	`speaker_organization_id` integer NOT NULL,
	`statement_count` integer NOT NULL,
	`article_count` integer NOT NULL,
	PRIMARY KEY(`speaker_person_id`, `speaker_organization_id`)
);
--> statement-breakpoint
CREATE INDEX `speaker_totals_most_quoted_idx` ON `speaker_totals` ("statement_count" DESC,`speaker_person_id`,`speaker_organization_id`,`article_count`);--> statement-breakpoint
ALTER TABLE `casualty_reports` ADD `incident` integer GENERATED ALWAYS AS (coalesce(event_id, -id)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `casualty_reports_incident_idx` ON `casualty_reports` (`incident`,`category`,`review_status`,`retracted_at`,`article_id`);