CREATE TRIGGER statements_article_day_insert AFTER INSERT ON statements BEGIN
  UPDATE statements SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_article_day_update AFTER UPDATE OF article_id ON statements BEGIN
  UPDATE statements SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_article_day_insert AFTER INSERT ON casualty_reports BEGIN
  UPDATE casualty_reports SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER casualty_reports_article_day_update AFTER UPDATE OF article_id ON casualty_reports BEGIN
  UPDATE casualty_reports SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_article_day_insert AFTER INSERT ON military_deployments BEGIN
  UPDATE military_deployments SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER military_deployments_article_day_update AFTER UPDATE OF article_id ON military_deployments BEGIN
  UPDATE military_deployments SET article_day = (SELECT published_on FROM articles WHERE id = NEW.article_id) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER articles_fact_days AFTER UPDATE OF published_on ON articles BEGIN
  UPDATE statements SET article_day = NEW.published_on WHERE article_id = NEW.id;
  UPDATE casualty_reports SET article_day = NEW.published_on WHERE article_id = NEW.id;
  UPDATE military_deployments SET article_day = NEW.published_on WHERE article_id = NEW.id;
END;
--> statement-breakpoint
UPDATE statements SET article_day = (SELECT a.published_on FROM articles a WHERE a.id = statements.article_id);
--> statement-breakpoint
UPDATE casualty_reports SET article_day = (SELECT a.published_on FROM articles a WHERE a.id = casualty_reports.article_id);
--> statement-breakpoint
UPDATE military_deployments SET article_day = (SELECT a.published_on FROM articles a WHERE a.id = military_deployments.article_id);
