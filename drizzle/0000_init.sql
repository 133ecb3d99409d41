CREATE TABLE `articles` (
	`id` integer PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`published_on` text NOT NULL,
	`published_at` text,
	`publisher` text,
	`byline` text,
	`dateline_place_id` integer,
	`language` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`dateline_place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "articles_published_on_check" CHECK("articles"."published_on" IS NULL OR (length("articles"."published_on") = 10 AND date("articles"."published_on") = "articles"."published_on")),
	CONSTRAINT "articles_published_at_check" CHECK("articles"."published_at" IS NULL OR julianday("articles"."published_at") IS NOT NULL),
	CONSTRAINT "articles_body_check" CHECK(length("articles"."body") > 0),
	CONSTRAINT "articles_content_hash_check" CHECK(length("articles"."content_hash") = 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_published_on_idx` ON `articles` (`published_on`,`id`);--> statement-breakpoint
CREATE INDEX `articles_dateline_place_id_idx` ON `articles` (`dateline_place_id`);--> statement-breakpoint
CREATE TABLE `casualty_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`count` integer,
	`count_low` integer,
	`count_high` integer,
	`qualifier` text NOT NULL,
	`stated_count` text NOT NULL,
	`victims` text,
	`cause` text,
	`place_id` integer,
	`event_id` integer,
	`occurred_on` text,
	`article_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`review_status` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "casualty_reports_evidence_check" CHECK("casualty_reports"."evidence_start" >= 0 AND "casualty_reports"."evidence_end" > "casualty_reports"."evidence_start"),
	CONSTRAINT "casualty_reports_method_check" CHECK("casualty_reports"."method" IN ('CURATED', 'EXTRACTED')),
	CONSTRAINT "casualty_reports_review_status_check" CHECK("casualty_reports"."review_status" IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
	CONSTRAINT "casualty_reports_confidence_check" CHECK("casualty_reports"."confidence" >= 0 AND "casualty_reports"."confidence" <= 1),
	CONSTRAINT "casualty_reports_category_check" CHECK("casualty_reports"."category" IN ('KILLED', 'INJURED', 'MISSING', 'ARRESTED', 'DISPLACED')),
	CONSTRAINT "casualty_reports_qualifier_check" CHECK("casualty_reports"."qualifier" IN ('EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'APPROXIMATELY', 'UP_TO')),
	CONSTRAINT "casualty_reports_count_check" CHECK(("casualty_reports"."count" IS NULL OR "casualty_reports"."count" >= 0) AND ("casualty_reports"."count_low" IS NULL OR "casualty_reports"."count_low" >= 0)
        AND ("casualty_reports"."count_low" IS NULL OR "casualty_reports"."count" IS NULL OR "casualty_reports"."count_low" <= "casualty_reports"."count")
        AND ("casualty_reports"."count_high" IS NULL OR "casualty_reports"."count" IS NULL OR "casualty_reports"."count" <= "casualty_reports"."count_high")
        AND ("casualty_reports"."count_low" IS NULL OR "casualty_reports"."count_high" IS NULL OR "casualty_reports"."count_low" <= "casualty_reports"."count_high")
        AND coalesce("casualty_reports"."count", "casualty_reports"."count_low", "casualty_reports"."count_high") IS NOT NULL),
	CONSTRAINT "casualty_reports_occurred_on_check" CHECK("casualty_reports"."occurred_on" IS NULL OR (length("casualty_reports"."occurred_on") = 10 AND date("casualty_reports"."occurred_on") = "casualty_reports"."occurred_on"))
);
--> statement-breakpoint
CREATE INDEX `casualty_reports_article_id_idx` ON `casualty_reports` (`article_id`);--> statement-breakpoint
CREATE INDEX `casualty_reports_place_id_idx` ON `casualty_reports` (`place_id`);--> statement-breakpoint
CREATE INDEX `casualty_reports_event_id_idx` ON `casualty_reports` (`event_id`);--> statement-breakpoint
CREATE INDEX `casualty_reports_occurred_on_idx` ON `casualty_reports` (`occurred_on`);--> statement-breakpoint
CREATE TABLE `military_deployments` (
	`id` integer PRIMARY KEY NOT NULL,
	`deploying_country_id` integer NOT NULL,
	`host_country_id` integer NOT NULL,
	`location_id` integer,
	`force_type` text,
	`unit_size` text,
	`personnel` integer,
	`personnel_qualifier` text,
	`status` text NOT NULL,
	`purpose` text,
	`ordered_by_id` integer,
	`event_id` integer,
	`occurred_on` text,
	`article_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`review_status` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`deploying_country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ordered_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "military_deployments_evidence_check" CHECK("military_deployments"."evidence_start" >= 0 AND "military_deployments"."evidence_end" > "military_deployments"."evidence_start"),
	CONSTRAINT "military_deployments_method_check" CHECK("military_deployments"."method" IN ('CURATED', 'EXTRACTED')),
	CONSTRAINT "military_deployments_review_status_check" CHECK("military_deployments"."review_status" IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
	CONSTRAINT "military_deployments_confidence_check" CHECK("military_deployments"."confidence" >= 0 AND "military_deployments"."confidence" <= 1),
	CONSTRAINT "military_deployments_status_check" CHECK("military_deployments"."status" IN ('ORDERED', 'ANNOUNCED', 'ARRIVED', 'STATIONED', 'LEASED', 'WITHDRAWN', 'PROPOSED')),
	CONSTRAINT "military_deployments_personnel_qualifier_check" CHECK("military_deployments"."personnel_qualifier" IS NULL OR "military_deployments"."personnel_qualifier" IN ('EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'APPROXIMATELY', 'UP_TO')),
	CONSTRAINT "military_deployments_personnel_check" CHECK("military_deployments"."personnel" IS NULL OR "military_deployments"."personnel" >= 0),
	CONSTRAINT "military_deployments_countries_check" CHECK("military_deployments"."deploying_country_id" <> "military_deployments"."host_country_id"),
	CONSTRAINT "military_deployments_occurred_on_check" CHECK("military_deployments"."occurred_on" IS NULL OR (length("military_deployments"."occurred_on") = 10 AND date("military_deployments"."occurred_on") = "military_deployments"."occurred_on"))
);
--> statement-breakpoint
CREATE INDEX `military_deployments_article_id_idx` ON `military_deployments` (`article_id`);--> statement-breakpoint
CREATE INDEX `military_deployments_deploying_country_id_idx` ON `military_deployments` (`deploying_country_id`);--> statement-breakpoint
CREATE INDEX `military_deployments_host_country_id_idx` ON `military_deployments` (`host_country_id`);--> statement-breakpoint
CREATE INDEX `military_deployments_location_id_idx` ON `military_deployments` (`location_id`);--> statement-breakpoint
CREATE INDEX `military_deployments_ordered_by_id_idx` ON `military_deployments` (`ordered_by_id`);--> statement-breakpoint
CREATE INDEX `military_deployments_event_id_idx` ON `military_deployments` (`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`place_id` integer,
	`starts_on` text,
	`ends_on` text,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_kind_check" CHECK("events"."kind" IN ('CLASHES', 'PROTEST', 'OUSTER', 'TRANSFER_OF_POWER', 'DEPLOYMENT', 'OTHER')),
	CONSTRAINT "events_starts_on_check" CHECK("events"."starts_on" IS NULL OR (length("events"."starts_on") = 10 AND date("events"."starts_on") = "events"."starts_on")),
	CONSTRAINT "events_ends_on_check" CHECK("events"."ends_on" IS NULL OR (length("events"."ends_on") = 10 AND date("events"."ends_on") = "events"."ends_on")),
	CONSTRAINT "events_range_check" CHECK("events"."starts_on" IS NULL OR "events"."ends_on" IS NULL OR "events"."starts_on" <= "events"."ends_on")
);
--> statement-breakpoint
CREATE INDEX `events_place_id_idx` ON `events` (`place_id`);--> statement-breakpoint
CREATE INDEX `events_starts_on_idx` ON `events` (`starts_on`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer,
	`organization_id` integer,
	`place_id` integer,
	`event_id` integer,
	`article_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`review_status` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentions_evidence_check" CHECK("mentions"."evidence_start" >= 0 AND "mentions"."evidence_end" > "mentions"."evidence_start"),
	CONSTRAINT "mentions_method_check" CHECK("mentions"."method" IN ('CURATED', 'EXTRACTED')),
	CONSTRAINT "mentions_review_status_check" CHECK("mentions"."review_status" IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
	CONSTRAINT "mentions_confidence_check" CHECK("mentions"."confidence" >= 0 AND "mentions"."confidence" <= 1),
	CONSTRAINT "mentions_one_target_check" CHECK(("mentions"."person_id" IS NOT NULL) + ("mentions"."organization_id" IS NOT NULL) + ("mentions"."place_id" IS NOT NULL) + ("mentions"."event_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `mentions_article_id_idx` ON `mentions` (`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_person_id_idx` ON `mentions` (`person_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_organization_id_idx` ON `mentions` (`organization_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_place_id_idx` ON `mentions` (`place_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_event_id_idx` ON `mentions` (`event_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country_id` integer,
	FOREIGN KEY (`country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organizations_kind_check" CHECK("organizations"."kind" IN ('GOVERNMENT', 'MILITARY', 'NEWS_AGENCY', 'POLITICAL_GROUP', 'SECURITY_FORCES', 'DIPLOMATIC_MISSION', 'OTHER'))
);
--> statement-breakpoint
CREATE INDEX `organizations_country_id_idx` ON `organizations` (`country_id`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`nationality_id` integer,
	FOREIGN KEY (`nationality_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_nationality_id_idx` ON `people` (`nationality_id`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`person_id`, `alias`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_aliases_alias_idx` ON `person_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`title` text NOT NULL,
	`organization_id` integer,
	`country_id` integer,
	`qualifier` text,
	`article_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`review_status` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "roles_evidence_check" CHECK("roles"."evidence_start" >= 0 AND "roles"."evidence_end" > "roles"."evidence_start"),
	CONSTRAINT "roles_method_check" CHECK("roles"."method" IN ('CURATED', 'EXTRACTED')),
	CONSTRAINT "roles_review_status_check" CHECK("roles"."review_status" IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
	CONSTRAINT "roles_confidence_check" CHECK("roles"."confidence" >= 0 AND "roles"."confidence" <= 1)
);
--> statement-breakpoint
CREATE INDEX `roles_article_id_idx` ON `roles` (`article_id`);--> statement-breakpoint
CREATE INDEX `roles_person_id_idx` ON `roles` (`person_id`,`title`,`qualifier`,`organization_id`,`country_id`);--> statement-breakpoint
CREATE INDEX `roles_organization_id_idx` ON `roles` (`organization_id`);--> statement-breakpoint
CREATE INDEX `roles_country_id_idx` ON `roles` (`country_id`);--> statement-breakpoint
CREATE TABLE `photos` (
	`id` integer PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`caption` text NOT NULL,
	`credit` text,
	`photographer_id` integer,
	`taken_on` text,
	`place_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`photographer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "photos_taken_on_check" CHECK("photos"."taken_on" IS NULL OR (length("photos"."taken_on") = 10 AND date("photos"."taken_on") = "photos"."taken_on")),
	CONSTRAINT "photos_caption_check" CHECK(length("photos"."caption") > 0)
);
--> statement-breakpoint
CREATE INDEX `photos_article_id_idx` ON `photos` (`article_id`);--> statement-breakpoint
CREATE INDEX `photos_photographer_id_idx` ON `photos` (`photographer_id`);--> statement-breakpoint
CREATE INDEX `photos_place_id_idx` ON `photos` (`place_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country_code` text,
	`parent_id` integer,
	`population` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "places_kind_check" CHECK("places"."kind" IN ('COUNTRY', 'REGION', 'CITY', 'MILITARY_BASE', 'BUILDING', 'OTHER')),
	CONSTRAINT "places_country_code_check" CHECK("places"."country_code" IS NULL OR "places"."country_code" GLOB '[A-Z][A-Z]'),
	CONSTRAINT "places_population_check" CHECK("places"."population" IS NULL OR "places"."population" >= 0),
	CONSTRAINT "places_parent_check" CHECK("places"."parent_id" IS NULL OR "places"."parent_id" <> "places"."id")
);
--> statement-breakpoint
CREATE INDEX `places_parent_id_idx` ON `places` (`parent_id`);--> statement-breakpoint
CREATE INDEX `places_name_idx` ON `places` (`name`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`speaker_person_id` integer,
	`speaker_organization_id` integer,
	`speaker_label` text NOT NULL,
	`speaker_start` integer,
	`speaker_end` integer,
	`verb` text,
	`addressee_person_id` integer,
	`addressee_organization_id` integer,
	`addressee_label` text,
	`outlet_id` integer,
	`outlet_label` text,
	`stated_on` text,
	`article_id` integer NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`method` text NOT NULL,
	`review_status` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`speaker_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`speaker_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressee_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressee_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outlet_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "statements_evidence_check" CHECK("statements"."evidence_start" >= 0 AND "statements"."evidence_end" > "statements"."evidence_start"),
	CONSTRAINT "statements_method_check" CHECK("statements"."method" IN ('CURATED', 'EXTRACTED')),
	CONSTRAINT "statements_review_status_check" CHECK("statements"."review_status" IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
	CONSTRAINT "statements_confidence_check" CHECK("statements"."confidence" >= 0 AND "statements"."confidence" <= 1),
	CONSTRAINT "statements_kind_check" CHECK("statements"."kind" IN ('DIRECT_QUOTE', 'REPORTED_SPEECH')),
	CONSTRAINT "statements_text_check" CHECK(length("statements"."text") > 0),
	CONSTRAINT "statements_one_speaker_check" CHECK("statements"."speaker_person_id" IS NULL OR "statements"."speaker_organization_id" IS NULL),
	CONSTRAINT "statements_one_addressee_check" CHECK("statements"."addressee_person_id" IS NULL OR "statements"."addressee_organization_id" IS NULL),
	CONSTRAINT "statements_speaker_span_check" CHECK(("statements"."speaker_start" IS NULL AND "statements"."speaker_end" IS NULL) OR ("statements"."speaker_start" >= 0 AND "statements"."speaker_end" > "statements"."speaker_start")),
	CONSTRAINT "statements_stated_on_check" CHECK("statements"."stated_on" IS NULL OR (length("statements"."stated_on") = 10 AND date("statements"."stated_on") = "statements"."stated_on"))
);
--> statement-breakpoint
CREATE INDEX `statements_article_id_idx` ON `statements` (`article_id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_person_id_idx` ON `statements` (`speaker_person_id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_organization_id_idx` ON `statements` (`speaker_organization_id`);--> statement-breakpoint
CREATE INDEX `statements_addressee_person_id_idx` ON `statements` (`addressee_person_id`);--> statement-breakpoint
CREATE INDEX `statements_addressee_organization_id_idx` ON `statements` (`addressee_organization_id`);--> statement-breakpoint
CREATE INDEX `statements_outlet_id_idx` ON `statements` (`outlet_id`);