DROP INDEX `article_subjects_article_id_idx`;--> statement-breakpoint
CREATE INDEX `article_subjects_article_id_idx` ON `article_subjects` (`article_id`,`subject_kind`,`subject_id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_latest_idx` ON `statements` (`speaker_person_id`,coalesce("stated_on", ''),`id`);