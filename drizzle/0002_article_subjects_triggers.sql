-- article_subjects is derived: which articles concern which person, organization, place or event.
-- Triggers keep it in step with every row that links the two, counting them in refs; a backfill
-- fills it for the data already there. Hand-written (drizzle-kit generate --custom): triggers are
-- outside what drizzle-kit models.
CREATE TRIGGER mentions_subjects_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.person_id AS id UNION ALL SELECT 'ORGANIZATION' AS kind, NEW.organization_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id UNION ALL SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_subjects_delete AFTER DELETE ON mentions BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.person_id UNION ALL SELECT 'ORGANIZATION', OLD.organization_id UNION ALL SELECT 'PLACE', OLD.place_id UNION ALL SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_subjects_update AFTER UPDATE OF article_id, event_id, organization_id, person_id, place_id ON mentions BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.person_id UNION ALL SELECT 'ORGANIZATION', OLD.organization_id UNION ALL SELECT 'PLACE', OLD.place_id UNION ALL SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.person_id AS id UNION ALL SELECT 'ORGANIZATION' AS kind, NEW.organization_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id UNION ALL SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER photos_subjects_insert AFTER INSERT ON photos BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.photographer_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER photos_subjects_delete AFTER DELETE ON photos BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.photographer_id UNION ALL SELECT 'PLACE', OLD.place_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER photos_subjects_update AFTER UPDATE OF article_id, photographer_id, place_id ON photos BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.photographer_id UNION ALL SELECT 'PLACE', OLD.place_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.photographer_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_subjects_insert AFTER INSERT ON casualty_reports BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_subjects_delete AFTER DELETE ON casualty_reports BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_subjects_update AFTER UPDATE OF article_id, event_id ON casualty_reports BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_subjects_insert AFTER INSERT ON military_deployments BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_subjects_delete AFTER DELETE ON military_deployments BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_subjects_update AFTER UPDATE OF article_id, event_id ON military_deployments BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_subjects_published_on AFTER UPDATE OF published_on ON articles BEGIN
  UPDATE article_subjects SET published_on = NEW.published_on WHERE article_id = NEW.id;
END;
--> statement-breakpoint
INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
SELECT x.kind, x.id, x.article_id, a.published_on, count(*)
FROM (SELECT 'PERSON' AS kind, person_id AS id, article_id FROM mentions WHERE person_id IS NOT NULL UNION ALL SELECT 'ORGANIZATION' AS kind, organization_id AS id, article_id FROM mentions WHERE organization_id IS NOT NULL UNION ALL SELECT 'PLACE' AS kind, place_id AS id, article_id FROM mentions WHERE place_id IS NOT NULL UNION ALL SELECT 'EVENT' AS kind, event_id AS id, article_id FROM mentions WHERE event_id IS NOT NULL UNION ALL SELECT 'PERSON' AS kind, photographer_id AS id, article_id FROM photos WHERE photographer_id IS NOT NULL UNION ALL SELECT 'PLACE' AS kind, place_id AS id, article_id FROM photos WHERE place_id IS NOT NULL UNION ALL SELECT 'EVENT' AS kind, event_id AS id, article_id FROM casualty_reports WHERE event_id IS NOT NULL UNION ALL SELECT 'EVENT' AS kind, event_id AS id, article_id FROM military_deployments WHERE event_id IS NOT NULL) x JOIN articles a ON a.id = x.article_id
GROUP BY x.kind, x.id, x.article_id;
