CREATE TRIGGER casualty_reports_count_insert AFTER INSERT ON casualty_reports BEGIN
  UPDATE articles SET casualty_report_count = casualty_report_count + 1 WHERE id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_count_delete AFTER DELETE ON casualty_reports BEGIN
  UPDATE articles SET casualty_report_count = casualty_report_count - 1 WHERE id = OLD.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_count_update AFTER UPDATE OF article_id ON casualty_reports BEGIN
  UPDATE articles SET casualty_report_count = casualty_report_count - 1 WHERE id = OLD.article_id;
  UPDATE articles SET casualty_report_count = casualty_report_count + 1 WHERE id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_count_insert AFTER INSERT ON military_deployments BEGIN
  UPDATE articles SET military_deployment_count = military_deployment_count + 1 WHERE id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_count_delete AFTER DELETE ON military_deployments BEGIN
  UPDATE articles SET military_deployment_count = military_deployment_count - 1 WHERE id = OLD.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_count_update AFTER UPDATE OF article_id ON military_deployments BEGIN
  UPDATE articles SET military_deployment_count = military_deployment_count - 1 WHERE id = OLD.article_id;
  UPDATE articles SET military_deployment_count = military_deployment_count + 1 WHERE id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_insert AFTER INSERT ON statements WHEN NEW.speaker_person_id IS NOT NULL BEGIN
  UPDATE people SET statement_count = statement_count + 1 WHERE id = NEW.speaker_person_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements WHEN OLD.speaker_person_id IS NOT NULL BEGIN
  UPDATE people SET statement_count = statement_count - 1 WHERE id = OLD.speaker_person_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_update AFTER UPDATE OF speaker_person_id ON statements BEGIN
  UPDATE people SET statement_count = statement_count - 1 WHERE id = OLD.speaker_person_id;
  UPDATE people SET statement_count = statement_count + 1 WHERE id = NEW.speaker_person_id;
END;
--> statement-breakpoint
CREATE TRIGGER article_subjects_count_insert AFTER INSERT ON article_subjects BEGIN
  UPDATE people SET article_count = article_count + 1 WHERE NEW.subject_kind = 'PERSON' AND id = NEW.subject_id;
  UPDATE organizations SET article_count = article_count + 1 WHERE NEW.subject_kind = 'ORGANIZATION' AND id = NEW.subject_id;
  UPDATE places SET article_count = article_count + 1 WHERE NEW.subject_kind = 'PLACE' AND id = NEW.subject_id;
  UPDATE events SET article_count = article_count + 1 WHERE NEW.subject_kind = 'EVENT' AND id = NEW.subject_id;
END;
--> statement-breakpoint
CREATE TRIGGER article_subjects_count_delete AFTER DELETE ON article_subjects BEGIN
  UPDATE people SET article_count = article_count - 1 WHERE OLD.subject_kind = 'PERSON' AND id = OLD.subject_id;
  UPDATE organizations SET article_count = article_count - 1 WHERE OLD.subject_kind = 'ORGANIZATION' AND id = OLD.subject_id;
  UPDATE places SET article_count = article_count - 1 WHERE OLD.subject_kind = 'PLACE' AND id = OLD.subject_id;
  UPDATE events SET article_count = article_count - 1 WHERE OLD.subject_kind = 'EVENT' AND id = OLD.subject_id;
END;
--> statement-breakpoint
UPDATE articles SET casualty_report_count = (SELECT count(*) FROM casualty_reports c WHERE c.article_id = articles.id),
  military_deployment_count = (SELECT count(*) FROM military_deployments d WHERE d.article_id = articles.id);
--> statement-breakpoint
UPDATE people SET statement_count = (SELECT count(*) FROM statements s WHERE s.speaker_person_id = people.id);
--> statement-breakpoint
UPDATE people SET article_count = (SELECT count(*) FROM article_subjects s WHERE s.subject_kind = 'PERSON' AND s.subject_id = people.id);
--> statement-breakpoint
UPDATE organizations SET article_count = (SELECT count(*) FROM article_subjects s WHERE s.subject_kind = 'ORGANIZATION' AND s.subject_id = organizations.id);
--> statement-breakpoint
UPDATE places SET article_count = (SELECT count(*) FROM article_subjects s WHERE s.subject_kind = 'PLACE' AND s.subject_id = places.id);
--> statement-breakpoint
UPDATE events SET article_count = (SELECT count(*) FROM article_subjects s WHERE s.subject_kind = 'EVENT' AND s.subject_id = events.id);
