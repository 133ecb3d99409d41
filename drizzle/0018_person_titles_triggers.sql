-- person_titles (db/schema/rollups.ts): filled from the roles already there, then kept by triggers.
-- Only readable (not retracted) roles count, as in the reads. Hand-written (drizzle-kit generate
-- --custom): triggers are outside what drizzle-kit models.
INSERT INTO person_titles (person_id, title, qualifier, organization_id, country_id, first_role_id, role_count)
SELECT person_id, title, coalesce(qualifier, ''), coalesce(organization_id, 0), coalesce(country_id, 0), min(id), count(*)
FROM roles WHERE retracted_at IS NULL
GROUP BY person_id, title, coalesce(qualifier, ''), coalesce(organization_id, 0), coalesce(country_id, 0);
--> statement-breakpoint
CREATE TRIGGER roles_titles_insert AFTER INSERT ON roles WHEN NEW.retracted_at IS NULL BEGIN
  INSERT INTO person_titles (person_id, title, qualifier, organization_id, country_id, first_role_id, role_count)
  VALUES (NEW.person_id, NEW.title, coalesce(NEW.qualifier, ''), coalesce(NEW.organization_id, 0), coalesce(NEW.country_id, 0), NEW.id, 1)
  ON CONFLICT DO UPDATE SET role_count = role_count + 1, first_role_id = min(first_role_id, excluded.first_role_id);
END;
--> statement-breakpoint
-- A role gone from its title: the title's earliest role is found again if it was that one, and a
-- title with no role left goes.
CREATE TRIGGER roles_titles_delete AFTER DELETE ON roles WHEN OLD.retracted_at IS NULL BEGIN
  UPDATE person_titles SET role_count = role_count - 1,
    first_role_id = CASE WHEN first_role_id <> OLD.id THEN first_role_id ELSE coalesce((
      SELECT min(r.id) FROM roles r
      WHERE r.person_id = OLD.person_id AND r.title = OLD.title AND r.qualifier IS OLD.qualifier
        AND r.organization_id IS OLD.organization_id AND r.country_id IS OLD.country_id AND r.retracted_at IS NULL), 0) END
  WHERE person_id = OLD.person_id AND title = OLD.title AND qualifier = coalesce(OLD.qualifier, '')
    AND organization_id = coalesce(OLD.organization_id, 0) AND country_id = coalesce(OLD.country_id, 0);
  DELETE FROM person_titles
  WHERE person_id = OLD.person_id AND title = OLD.title AND qualifier = coalesce(OLD.qualifier, '')
    AND organization_id = coalesce(OLD.organization_id, 0) AND country_id = coalesce(OLD.country_id, 0) AND role_count = 0;
END;
--> statement-breakpoint
CREATE TRIGGER roles_titles_update AFTER UPDATE OF person_id, title, qualifier, organization_id, country_id, retracted_at ON roles BEGIN
  UPDATE person_titles SET role_count = role_count - 1,
    first_role_id = CASE WHEN first_role_id <> OLD.id THEN first_role_id ELSE coalesce((
      SELECT min(r.id) FROM roles r
      WHERE r.person_id = OLD.person_id AND r.title = OLD.title AND r.qualifier IS OLD.qualifier
        AND r.organization_id IS OLD.organization_id AND r.country_id IS OLD.country_id AND r.retracted_at IS NULL), 0) END
  WHERE OLD.retracted_at IS NULL
    AND person_id = OLD.person_id AND title = OLD.title AND qualifier = coalesce(OLD.qualifier, '')
    AND organization_id = coalesce(OLD.organization_id, 0) AND country_id = coalesce(OLD.country_id, 0);
  DELETE FROM person_titles
  WHERE person_id = OLD.person_id AND title = OLD.title AND qualifier = coalesce(OLD.qualifier, '')
    AND organization_id = coalesce(OLD.organization_id, 0) AND country_id = coalesce(OLD.country_id, 0) AND role_count = 0;
  INSERT INTO person_titles (person_id, title, qualifier, organization_id, country_id, first_role_id, role_count)
  SELECT NEW.person_id, NEW.title, coalesce(NEW.qualifier, ''), coalesce(NEW.organization_id, 0), coalesce(NEW.country_id, 0), NEW.id, 1
  WHERE NEW.retracted_at IS NULL
  ON CONFLICT DO UPDATE SET role_count = role_count + 1, first_role_id = min(first_role_id, excluded.first_role_id);
END;
