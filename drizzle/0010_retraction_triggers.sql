-- A retracted row is out of every read (db/reader.ts readableFrom, through retracted_rows), so what
-- is derived from rows must leave with it and come back with its restore: retracted_rows itself, the
-- articles a subject is in (article_subjects) and the full-text indexes. A retraction or restore
-- changes retracted_at alone (history/write-path.ts), so these triggers never meet another column
-- changing in the same statement. Hand-written (drizzle-kit generate --custom): triggers are outside
-- what drizzle-kit models.
CREATE TRIGGER articles_retracted_rows AFTER UPDATE OF retracted_at ON articles
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'articles' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'articles', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER people_retracted_rows AFTER UPDATE OF retracted_at ON people
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'people' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'people', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER organizations_retracted_rows AFTER UPDATE OF retracted_at ON organizations
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'organizations' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'organizations', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER places_retracted_rows AFTER UPDATE OF retracted_at ON places
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'places' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'places', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER events_retracted_rows AFTER UPDATE OF retracted_at ON events
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'events' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'events', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER roles_retracted_rows AFTER UPDATE OF retracted_at ON roles
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'roles' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'roles', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER statements_retracted_rows AFTER UPDATE OF retracted_at ON statements
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'statements' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'statements', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_retracted_rows AFTER UPDATE OF retracted_at ON casualty_reports
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'casualty_reports' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'casualty_reports', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_retracted_rows AFTER UPDATE OF retracted_at ON military_deployments
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'military_deployments' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'military_deployments', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_retracted_rows AFTER UPDATE OF retracted_at ON mentions
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'mentions' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'mentions', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER photos_retracted_rows AFTER UPDATE OF retracted_at ON photos
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  DELETE FROM retracted_rows WHERE table_name = 'photos' AND row_id = NEW.id;
  INSERT INTO retracted_rows (table_name, row_id) SELECT 'photos', NEW.id WHERE NEW.retracted_at IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_subjects_retract AFTER UPDATE OF retracted_at ON mentions
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.person_id UNION ALL SELECT 'ORGANIZATION', OLD.organization_id UNION ALL SELECT 'PLACE', OLD.place_id UNION ALL SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_subjects_restore AFTER UPDATE OF retracted_at ON mentions
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.person_id AS id UNION ALL SELECT 'ORGANIZATION' AS kind, NEW.organization_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id UNION ALL SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_subjects_retract AFTER UPDATE OF retracted_at ON casualty_reports
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_subjects_restore AFTER UPDATE OF retracted_at ON casualty_reports
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_subjects_retract AFTER UPDATE OF retracted_at ON military_deployments
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'EVENT', OLD.event_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_subjects_restore AFTER UPDATE OF retracted_at ON military_deployments
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'EVENT' AS kind, NEW.event_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_retract AFTER UPDATE OF retracted_at ON articles
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_restore AFTER UPDATE OF retracted_at ON articles
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_retract AFTER UPDATE OF retracted_at ON statements
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_restore AFTER UPDATE OF retracted_at ON statements
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_fts_retract AFTER UPDATE OF retracted_at ON organizations
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  INSERT INTO organizations_fts (organizations_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_fts_restore AFTER UPDATE OF retracted_at ON organizations
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO organizations_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER places_fts_retract AFTER UPDATE OF retracted_at ON places
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  INSERT INTO places_fts (places_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
--> statement-breakpoint
CREATE TRIGGER places_fts_restore AFTER UPDATE OF retracted_at ON places
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO places_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER people_fts_retract AFTER UPDATE OF retracted_at ON people
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  DELETE FROM people_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER people_fts_restore AFTER UPDATE OF retracted_at ON people
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  DELETE FROM people_fts WHERE rowid = new.id;
  INSERT INTO people_fts (rowid, names) SELECT new.id, (SELECT p.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') FROM people p WHERE p.id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER photos_subjects_retract AFTER UPDATE OF retracted_at ON photos
WHEN OLD.retracted_at IS NULL AND NEW.retracted_at IS NOT NULL BEGIN
  UPDATE article_subjects SET refs = refs - 1
  WHERE article_id = OLD.article_id AND (subject_kind, subject_id) IN (SELECT 'PERSON', OLD.photographer_id UNION ALL SELECT 'PLACE', OLD.place_id);
  DELETE FROM article_subjects WHERE article_id = OLD.article_id AND refs <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER photos_subjects_restore AFTER UPDATE OF retracted_at ON photos
WHEN OLD.retracted_at IS NOT NULL AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO article_subjects (subject_kind, subject_id, article_id, published_on, refs)
  SELECT s.kind, s.id, NEW.article_id, a.published_on, 1
  FROM (SELECT 'PERSON' AS kind, NEW.photographer_id AS id UNION ALL SELECT 'PLACE' AS kind, NEW.place_id AS id) s JOIN articles a ON a.id = NEW.article_id
  WHERE s.id IS NOT NULL
  ON CONFLICT (subject_kind, subject_id, article_id) DO UPDATE SET refs = refs + 1;
END;
