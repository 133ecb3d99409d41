CREATE TABLE `person_titles` (
	`person_id` integer NOT NULL,
	`title` text NOT NULL,
	`qualifier` text NOT NULL,
	`organization_id` integer NOT NULL,
	`country_id` integer NOT NULL,
	`first_role_id` integer NOT NULL,
	`role_count` integer NOT NULL,
	PRIMARY KEY(`person_id`, `title`, `qualifier`, `organization_id`, `country_id`),
	CONSTRAINT "person_titles_count_check" CHECK("person_titles"."role_count" >= 0)
);
