-- The rollups of db/schema/rollups.ts: filled from the data already there, then kept by triggers.
-- Each counts what its aggregate's live query counts: facts not rejected and not retracted, articles
-- not retracted. Hand-written (drizzle-kit generate --custom): views and triggers are outside what
-- drizzle-kit models. SQLite allows no WITH in a trigger, so the place tree is kept closed in
-- place_ancestors rather than walked.

-- The place tree, closed. A place's ancestors are its parent's plus itself.
INSERT INTO place_ancestors (place_id, ancestor_id)
WITH RECURSIVE up(place_id, ancestor_id) AS (
  SELECT id, id FROM places
  UNION SELECT u.place_id, p.parent_id FROM up u JOIN places p ON p.id = u.ancestor_id WHERE p.parent_id IS NOT NULL)
SELECT place_id, ancestor_id FROM up;
--> statement-breakpoint
CREATE TRIGGER places_ancestors_insert AFTER INSERT ON places BEGIN
  INSERT INTO place_ancestors (place_id, ancestor_id)
  SELECT NEW.id, NEW.id UNION ALL SELECT NEW.id, ancestor_id FROM place_ancestors WHERE place_id = NEW.parent_id;
END;
--> statement-breakpoint
-- A place moved under another parent moves with everything inside it: the articles about any of them
-- leave the coverage of the old places above and join that of the new ones.
CREATE TRIGGER places_ancestors_move AFTER UPDATE OF parent_id ON places
WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  UPDATE place_coverage SET refs = refs - (
    SELECT count(*) FROM article_subjects s JOIN place_ancestors inside ON inside.place_id = s.subject_id
    WHERE inside.ancestor_id = NEW.id AND s.subject_kind = 'PLACE' AND s.article_id = place_coverage.article_id)
  WHERE place_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = OLD.parent_id)
    AND article_id IN (
      SELECT s.article_id FROM article_subjects s JOIN place_ancestors inside ON inside.place_id = s.subject_id
      WHERE inside.ancestor_id = NEW.id AND s.subject_kind = 'PLACE');
  DELETE FROM place_coverage
  WHERE place_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = OLD.parent_id) AND refs = 0;
  DELETE FROM place_ancestors
  WHERE place_id IN (SELECT place_id FROM place_ancestors WHERE ancestor_id = NEW.id)
    AND ancestor_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = OLD.parent_id);
  INSERT INTO place_ancestors (place_id, ancestor_id)
  SELECT inside.place_id, above.ancestor_id
  FROM place_ancestors inside JOIN place_ancestors above ON above.place_id = NEW.parent_id
  WHERE inside.ancestor_id = NEW.id;
  INSERT INTO place_coverage (place_id, article_id, published_on, refs)
  SELECT above.ancestor_id, s.article_id, s.published_on, count(*)
  FROM article_subjects s
  JOIN place_ancestors inside ON inside.place_id = s.subject_id AND inside.ancestor_id = NEW.id
  JOIN place_ancestors above ON above.place_id = NEW.parent_id
  WHERE s.subject_kind = 'PLACE'
  GROUP BY above.ancestor_id, s.article_id
  ON CONFLICT (place_id, article_id) DO UPDATE SET refs = refs + excluded.refs;
END;
--> statement-breakpoint

-- Coverage: an article about a place covers it and every place above it.
INSERT INTO place_coverage (place_id, article_id, published_on, refs)
SELECT a.ancestor_id, s.article_id, s.published_on, count(*)
FROM article_subjects s JOIN place_ancestors a ON a.place_id = s.subject_id
WHERE s.subject_kind = 'PLACE'
GROUP BY a.ancestor_id, s.article_id;
--> statement-breakpoint
CREATE TRIGGER article_subjects_coverage_insert AFTER INSERT ON article_subjects
WHEN NEW.subject_kind = 'PLACE' BEGIN
  INSERT INTO place_coverage (place_id, article_id, published_on, refs)
  SELECT ancestor_id, NEW.article_id, NEW.published_on, 1 FROM place_ancestors WHERE place_id = NEW.subject_id
  ON CONFLICT (place_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER article_subjects_coverage_delete AFTER DELETE ON article_subjects
WHEN OLD.subject_kind = 'PLACE' BEGIN
  UPDATE place_coverage SET refs = refs - 1
  WHERE article_id = OLD.article_id AND place_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = OLD.subject_id);
  DELETE FROM place_coverage WHERE article_id = OLD.article_id AND refs = 0;
END;
--> statement-breakpoint
CREATE TRIGGER article_subjects_coverage_update AFTER UPDATE OF subject_kind, subject_id, article_id ON article_subjects BEGIN
  UPDATE place_coverage SET refs = refs - 1
  WHERE OLD.subject_kind = 'PLACE' AND article_id = OLD.article_id
    AND place_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = OLD.subject_id);
  DELETE FROM place_coverage WHERE article_id = OLD.article_id AND refs = 0;
  INSERT INTO place_coverage (place_id, article_id, published_on, refs)
  SELECT ancestor_id, NEW.article_id, NEW.published_on, 1 FROM place_ancestors
  WHERE NEW.subject_kind = 'PLACE' AND place_id = NEW.subject_id
  ON CONFLICT (place_id, article_id) DO UPDATE SET refs = refs + 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_coverage_published_on AFTER UPDATE OF published_on ON articles BEGIN
  UPDATE place_coverage SET published_on = NEW.published_on WHERE article_id = NEW.id;
END;
--> statement-breakpoint

-- Coverage per day, of the articles not retracted.
INSERT INTO place_coverage_days (place_id, day, article_count)
SELECT c.place_id, c.published_on, count(*) FROM place_coverage c
WHERE c.article_id NOT IN (SELECT row_id FROM retracted_rows WHERE table_name = 'articles')
GROUP BY c.place_id, c.published_on;
--> statement-breakpoint
CREATE TRIGGER place_coverage_days_insert AFTER INSERT ON place_coverage
WHEN NOT EXISTS (SELECT 1 FROM retracted_rows WHERE table_name = 'articles' AND row_id = NEW.article_id) BEGIN
  INSERT INTO place_coverage_days (place_id, day, article_count) VALUES (NEW.place_id, NEW.published_on, 1)
  ON CONFLICT (place_id, day) DO UPDATE SET article_count = article_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER place_coverage_days_delete AFTER DELETE ON place_coverage
WHEN NOT EXISTS (SELECT 1 FROM retracted_rows WHERE table_name = 'articles' AND row_id = OLD.article_id) BEGIN
  UPDATE place_coverage_days SET article_count = article_count - 1 WHERE place_id = OLD.place_id AND day = OLD.published_on;
END;
--> statement-breakpoint
CREATE TRIGGER place_coverage_days_move AFTER UPDATE OF place_id, published_on ON place_coverage
WHEN NOT EXISTS (SELECT 1 FROM retracted_rows WHERE table_name = 'articles' AND row_id = NEW.article_id) BEGIN
  UPDATE place_coverage_days SET article_count = article_count - 1 WHERE place_id = OLD.place_id AND day = OLD.published_on;
  INSERT INTO place_coverage_days (place_id, day, article_count) VALUES (NEW.place_id, NEW.published_on, 1)
  ON CONFLICT (place_id, day) DO UPDATE SET article_count = article_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER retracted_rows_coverage_retract AFTER INSERT ON retracted_rows
WHEN NEW.table_name = 'articles' BEGIN
  UPDATE place_coverage_days SET article_count = article_count - 1
  WHERE (place_id, day) IN (SELECT place_id, published_on FROM place_coverage WHERE article_id = NEW.row_id);
END;
--> statement-breakpoint
CREATE TRIGGER retracted_rows_coverage_restore AFTER DELETE ON retracted_rows
WHEN OLD.table_name = 'articles' BEGIN
  INSERT INTO place_coverage_days (place_id, day, article_count)
  SELECT place_id, published_on, 1 FROM place_coverage WHERE article_id = OLD.row_id
  ON CONFLICT (place_id, day) DO UPDATE SET article_count = article_count + 1;
END;
--> statement-breakpoint

-- Statements per speaker and article, then per speaker. 0 stands for no person or no organization.
INSERT INTO speaker_articles (speaker_person_id, speaker_organization_id, article_id, statement_count)
SELECT coalesce(speaker_person_id, 0), coalesce(speaker_organization_id, 0), article_id, count(*) FROM statements
WHERE review_status <> 'REJECTED' AND retracted_at IS NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO speaker_totals (speaker_person_id, speaker_organization_id, statement_count, article_count)
SELECT speaker_person_id, speaker_organization_id, sum(statement_count), count(*) FROM speaker_articles GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER statements_speaker_count AFTER INSERT ON statements
WHEN NEW.review_status <> 'REJECTED' AND NEW.retracted_at IS NULL BEGIN
  INSERT INTO speaker_articles (speaker_person_id, speaker_organization_id, article_id, statement_count)
  VALUES (coalesce(NEW.speaker_person_id, 0), coalesce(NEW.speaker_organization_id, 0), NEW.article_id, 1)
  ON CONFLICT DO UPDATE SET statement_count = statement_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_speaker_uncount AFTER DELETE ON statements
WHEN OLD.review_status <> 'REJECTED' AND OLD.retracted_at IS NULL BEGIN
  UPDATE speaker_articles SET statement_count = statement_count - 1
  WHERE speaker_person_id = coalesce(OLD.speaker_person_id, 0) AND speaker_organization_id = coalesce(OLD.speaker_organization_id, 0)
    AND article_id = OLD.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_speaker_recount AFTER UPDATE OF speaker_person_id, speaker_organization_id, article_id, review_status, retracted_at ON statements BEGIN
  UPDATE speaker_articles SET statement_count = statement_count - 1
  WHERE OLD.review_status <> 'REJECTED' AND OLD.retracted_at IS NULL
    AND speaker_person_id = coalesce(OLD.speaker_person_id, 0) AND speaker_organization_id = coalesce(OLD.speaker_organization_id, 0)
    AND article_id = OLD.article_id;
  INSERT INTO speaker_articles (speaker_person_id, speaker_organization_id, article_id, statement_count)
  SELECT coalesce(NEW.speaker_person_id, 0), coalesce(NEW.speaker_organization_id, 0), NEW.article_id, 1
  WHERE NEW.review_status <> 'REJECTED' AND NEW.retracted_at IS NULL
  ON CONFLICT DO UPDATE SET statement_count = statement_count + 1;
END;
--> statement-breakpoint
-- A speaker-and-article row at 0 statements goes, and the speaker's article count with it.
CREATE TRIGGER speaker_articles_emptied AFTER UPDATE OF statement_count ON speaker_articles
WHEN NEW.statement_count = 0 BEGIN
  DELETE FROM speaker_articles
  WHERE speaker_person_id = NEW.speaker_person_id AND speaker_organization_id = NEW.speaker_organization_id
    AND article_id = NEW.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER speaker_articles_totals_insert AFTER INSERT ON speaker_articles BEGIN
  INSERT INTO speaker_totals (speaker_person_id, speaker_organization_id, statement_count, article_count)
  VALUES (NEW.speaker_person_id, NEW.speaker_organization_id, NEW.statement_count, 1)
  ON CONFLICT DO UPDATE SET statement_count = statement_count + excluded.statement_count, article_count = article_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER speaker_articles_totals_update AFTER UPDATE OF statement_count ON speaker_articles BEGIN
  UPDATE speaker_totals SET statement_count = statement_count + NEW.statement_count - OLD.statement_count
  WHERE speaker_person_id = NEW.speaker_person_id AND speaker_organization_id = NEW.speaker_organization_id;
END;
--> statement-breakpoint
CREATE TRIGGER speaker_articles_totals_delete AFTER DELETE ON speaker_articles BEGIN
  UPDATE speaker_totals SET statement_count = statement_count - OLD.statement_count, article_count = article_count - 1
  WHERE speaker_person_id = OLD.speaker_person_id AND speaker_organization_id = OLD.speaker_organization_id;
  DELETE FROM speaker_totals
  WHERE speaker_person_id = OLD.speaker_person_id AND speaker_organization_id = OLD.speaker_organization_id
    AND article_count = 0;
END;
--> statement-breakpoint

-- Casualty incidents. A counted report with its bounds as its wording implies them ("at least 75":
-- low 75, no high).
CREATE VIEW counted_casualty_reports AS
SELECT r.id, r.incident, r.category, r.event_id, r.place_id, r.article_id, r.article_day,
  coalesce(r.occurred_on, r.article_day) AS day,
  coalesce(r.count, r.count_low, CASE r.qualifier
    WHEN 'MORE_THAN' THEN r.count + 1 WHEN 'AT_MOST' THEN 0 WHEN 'UP_TO' THEN 0 ELSE r.count END) AS best,
  coalesce(r.count_low, CASE r.qualifier
    WHEN 'MORE_THAN' THEN r.count + 1 WHEN 'AT_MOST' THEN 0 WHEN 'UP_TO' THEN 0 ELSE r.count END) AS low,
  coalesce(r.count_high, CASE r.qualifier
    WHEN 'EXACT' THEN r.count WHEN 'APPROXIMATELY' THEN r.count WHEN 'AT_MOST' THEN r.count WHEN 'UP_TO' THEN r.count END) AS high
FROM casualty_reports r
WHERE r.review_status <> 'REJECTED' AND r.retracted_at IS NULL;
--> statement-breakpoint
-- An incident: where, when and its best figure from its deciding (most recent) report, its bounds from all.
CREATE VIEW casualty_incident_figures AS
SELECT r.incident, r.category, max(r.event_id) AS event_id,
  (SELECT d.place_id FROM counted_casualty_reports d WHERE d.incident = r.incident AND d.category = r.category
   ORDER BY d.article_day DESC, d.id DESC LIMIT 1) AS place_id,
  (SELECT d.day FROM counted_casualty_reports d WHERE d.incident = r.incident AND d.category = r.category
   ORDER BY d.article_day DESC, d.id DESC LIMIT 1) AS day,
  (SELECT d.best FROM counted_casualty_reports d WHERE d.incident = r.incident AND d.category = r.category
   ORDER BY d.article_day DESC, d.id DESC LIMIT 1) AS best,
  min(r.low) AS low,
  CASE WHEN count(r.high) = count(*) THEN max(r.high) END AS high,
  count(*) AS report_count
FROM counted_casualty_reports r
GROUP BY r.incident, r.category;
--> statement-breakpoint
INSERT INTO casualty_incidents (incident, category, event_id, place_id, day, best, low, high, report_count)
SELECT incident, category, event_id, place_id, day, best, low, high, report_count FROM casualty_incident_figures;
--> statement-breakpoint
-- A report added, changed or removed: its incident (before and after the change) is figured again.
CREATE TRIGGER casualty_reports_incident_insert AFTER INSERT ON casualty_reports BEGIN
  DELETE FROM casualty_incidents WHERE incident = NEW.incident AND category = NEW.category;
  INSERT INTO casualty_incidents (incident, category, event_id, place_id, day, best, low, high, report_count)
  SELECT incident, category, event_id, place_id, day, best, low, high, report_count FROM casualty_incident_figures
  WHERE incident = NEW.incident AND category = NEW.category;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_incident_delete AFTER DELETE ON casualty_reports BEGIN
  DELETE FROM casualty_incidents WHERE incident = OLD.incident AND category = OLD.category;
  INSERT INTO casualty_incidents (incident, category, event_id, place_id, day, best, low, high, report_count)
  SELECT incident, category, event_id, place_id, day, best, low, high, report_count FROM casualty_incident_figures
  WHERE incident = OLD.incident AND category = OLD.category;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_incident_update AFTER UPDATE OF
  category, count, count_low, count_high, qualifier, place_id, event_id, occurred_on, article_day, review_status, retracted_at
ON casualty_reports BEGIN
  DELETE FROM casualty_incidents WHERE incident = OLD.incident AND category = OLD.category;
  INSERT INTO casualty_incidents (incident, category, event_id, place_id, day, best, low, high, report_count)
  SELECT incident, category, event_id, place_id, day, best, low, high, report_count FROM casualty_incident_figures
  WHERE incident = OLD.incident AND category = OLD.category;
  DELETE FROM casualty_incidents WHERE incident = NEW.incident AND category = NEW.category;
  INSERT INTO casualty_incidents (incident, category, event_id, place_id, day, best, low, high, report_count)
  SELECT incident, category, event_id, place_id, day, best, low, high, report_count FROM casualty_incident_figures
  WHERE incident = NEW.incident AND category = NEW.category;
END;
